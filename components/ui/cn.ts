import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names; later Tailwind utilities win over earlier conflicting ones (p-0 over p-5). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
