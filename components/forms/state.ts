import type { FormState } from "@/server/actions/form";

export const initialState: FormState = { status: "idle" };
