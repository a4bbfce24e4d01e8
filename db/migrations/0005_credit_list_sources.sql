ALTER TABLE `credit_list_versions` ADD `sources` text;--> statement-breakpoint
ALTER TABLE `credit_lists` ADD `sources` text;