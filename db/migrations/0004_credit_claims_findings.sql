CREATE TABLE `finding_dismissals` (
	`project_id` text NOT NULL,
	`finding_id` text NOT NULL,
	`fingerprint` text NOT NULL,
	`reason` text NOT NULL,
	`dismissed_by` text,
	`dismissed_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `finding_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dismissed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `not_needed_functions` (
	`project_id` text NOT NULL,
	`responsibility_id` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`marked_by` text,
	`marked_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `responsibility_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`marked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `credits` ADD `batch_id` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `merge_creative_credits` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `projects` ADD `merge_produced_by` integer DEFAULT false NOT NULL;