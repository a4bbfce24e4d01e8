ALTER TABLE `projects` ADD `data_revision` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE `projects` ADD `work_revision` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- What the credit engine reads for a project, and so what its cached results depend on
-- (db/queries/project-cache.ts): every insert, update and delete of these rows gives the project
-- a new data_revision, in the same transaction, whichever connection or code path writes them;
-- the rows the engine's big read returns (work entries, custom responsibilities, the roster, the
-- people's names) give it a new work_revision too. New random values rather than + 1, so a
-- write that is rolled back can't leave its number to a later, different write (a cache filled
-- inside the rolled-back transaction would otherwise match it). Kept within 2^53 so JavaScript
-- reads them exactly.
CREATE TRIGGER `work_entries_data_revision_insert` AFTER INSERT ON `work_entries` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` = NEW.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `work_entries_data_revision_update` AFTER UPDATE ON `work_entries` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` IN (OLD.`project_id`, NEW.`project_id`); END;
--> statement-breakpoint
CREATE TRIGGER `work_entries_data_revision_delete` AFTER DELETE ON `work_entries` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` = OLD.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `roster_entries_data_revision_insert` AFTER INSERT ON `roster_entries` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` = NEW.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `roster_entries_data_revision_update` AFTER UPDATE ON `roster_entries` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` IN (OLD.`project_id`, NEW.`project_id`); END;
--> statement-breakpoint
CREATE TRIGGER `roster_entries_data_revision_delete` AFTER DELETE ON `roster_entries` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` = OLD.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `custom_responsibilities_data_revision_insert` AFTER INSERT ON `custom_responsibilities` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` = NEW.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `custom_responsibilities_data_revision_update` AFTER UPDATE ON `custom_responsibilities` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` IN (OLD.`project_id`, NEW.`project_id`); END;
--> statement-breakpoint
CREATE TRIGGER `custom_responsibilities_data_revision_delete` AFTER DELETE ON `custom_responsibilities` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` = OLD.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `credits_data_revision_insert` AFTER INSERT ON `credits` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992 WHERE `id` = NEW.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `credits_data_revision_update` AFTER UPDATE ON `credits` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992 WHERE `id` IN (OLD.`project_id`, NEW.`project_id`); END;
--> statement-breakpoint
CREATE TRIGGER `credits_data_revision_delete` AFTER DELETE ON `credits` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992 WHERE `id` = OLD.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `not_needed_functions_data_revision_insert` AFTER INSERT ON `not_needed_functions` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992 WHERE `id` = NEW.`project_id`; END;
--> statement-breakpoint
CREATE TRIGGER `not_needed_functions_data_revision_update` AFTER UPDATE ON `not_needed_functions` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992 WHERE `id` IN (OLD.`project_id`, NEW.`project_id`); END;
--> statement-breakpoint
CREATE TRIGGER `not_needed_functions_data_revision_delete` AFTER DELETE ON `not_needed_functions` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992 WHERE `id` = OLD.`project_id`; END;
--> statement-breakpoint
-- A person's credited name is what the engine and the credits page show: a rename reaches every
-- project of the team. (Deleting a person deletes their roster and work entries, which count above.)
CREATE TRIGGER `people_data_revision_update` AFTER UPDATE OF `credited_name`, `team_id` ON `people` WHEN OLD.`credited_name` IS NOT NEW.`credited_name` OR OLD.`team_id` IS NOT NEW.`team_id` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `team_id` IN (OLD.`team_id`, NEW.`team_id`); END;
--> statement-breakpoint
CREATE TRIGGER `people_data_revision_delete` AFTER DELETE ON `people` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `team_id` = OLD.`team_id`; END;
--> statement-breakpoint
-- The project's own fields the engine and the review read.
CREATE TRIGGER `projects_data_revision_update` AFTER UPDATE OF `budget_amount`, `currency`, `kind`, `credit_thresholds`, `concentration_threshold` ON `projects` WHEN OLD.`budget_amount` IS NOT NEW.`budget_amount` OR OLD.`currency` IS NOT NEW.`currency` OR OLD.`kind` IS NOT NEW.`kind` OR OLD.`credit_thresholds` IS NOT NEW.`credit_thresholds` OR OLD.`concentration_threshold` IS NOT NEW.`concentration_threshold` BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992 WHERE `id` = NEW.`id`; END;
