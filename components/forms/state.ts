import type { FormState } from "@/lib/actions/form";

export const initialState: FormState = { status: "idle" };
