CREATE TABLE `credit_events` (
	`id` text PRIMARY KEY NOT NULL,
	`credit_id` text NOT NULL,
	`action` text NOT NULL,
	`title` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`user_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`credit_id`) REFERENCES `credits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `credit_events_credit_idx` ON `credit_events` (`credit_id`,`at`);--> statement-breakpoint
CREATE TABLE `credits` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`person_id` text NOT NULL,
	`suggested_title` text,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`basis` text DEFAULT '' NOT NULL,
	`decided_by` text,
	`decided_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `credits_project_person_idx` ON `credits` (`project_id`,`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `credits_project_person_suggested_idx` ON `credits` (`project_id`,`person_id`,`suggested_title`);--> statement-breakpoint
CREATE TABLE `custom_responsibilities` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`responsibility_id` text NOT NULL,
	`name` text NOT NULL,
	`lane` text NOT NULL,
	`stages` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `custom_responsibilities_project_rid_idx` ON `custom_responsibilities` (`project_id`,`responsibility_id`);--> statement-breakpoint
CREATE TABLE `work_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`person_id` text NOT NULL,
	`responsibility_id` text NOT NULL,
	`stage` text NOT NULL,
	`degree` text NOT NULL,
	`effort_hours` real,
	`start_date` text,
	`end_date` text,
	`note` text DEFAULT '' NOT NULL,
	`amount_raised` integer,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_by` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `work_entries_project_person_idx` ON `work_entries` (`project_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `work_entries_project_resp_idx` ON `work_entries` (`project_id`,`responsibility_id`);--> statement-breakpoint
ALTER TABLE `projects` ADD `credit_thresholds` text DEFAULT '{}' NOT NULL;