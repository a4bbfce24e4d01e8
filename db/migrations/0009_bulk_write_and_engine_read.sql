-- Projects whose per-row revision triggers a bulk write holds for its transaction (db/schema.ts).
CREATE TABLE `revision_holds` (
	`project_id` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- The engine reads a project's whole work log off one covering index (its prefix serves what
-- the old (project_id, person_id) index did).
DROP INDEX `work_entries_project_person_idx`;--> statement-breakpoint
CREATE INDEX `work_entries_engine_idx` ON `work_entries` (`project_id`,`person_id`,`responsibility_id`,`stage`,`degree`,`effort_hours`,`amount_raised`,`id`);--> statement-breakpoint
-- The per-row insert triggers of migration 0007 skip a project held by a bulk write in the same
-- transaction; the bulk write gives it new revisions once (db/queries/project-cache.ts, withRevisionsHeld).
DROP TRIGGER `roster_entries_data_revision_insert`;
--> statement-breakpoint
CREATE TRIGGER `roster_entries_data_revision_insert` AFTER INSERT ON `roster_entries` WHEN NOT EXISTS (SELECT 1 FROM `revision_holds` WHERE `project_id` = NEW.`project_id`) BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` = NEW.`project_id`; END;
--> statement-breakpoint
DROP TRIGGER `work_entries_data_revision_insert`;
--> statement-breakpoint
CREATE TRIGGER `work_entries_data_revision_insert` AFTER INSERT ON `work_entries` WHEN NOT EXISTS (SELECT 1 FROM `revision_holds` WHERE `project_id` = NEW.`project_id`) BEGIN UPDATE `projects` SET `data_revision` = random() % 9007199254740992, `work_revision` = random() % 9007199254740992 WHERE `id` = NEW.`project_id`; END;
