import { expect, type Locator } from "@playwright/test";

/** Picks a responsibility in the work form's combobox by typing its name and choosing it. */
export async function pickResponsibility(dialog: Locator, name: string): Promise<void> {
  const picker = dialog.getByRole("combobox", { name: "Responsibility" });
  await picker.fill(name);
  await dialog.getByRole("listbox", { name: "Responsibilities" }).getByRole("option").filter({ hasText: name }).first().click();
  await expect(picker).toHaveValue(name);
}
