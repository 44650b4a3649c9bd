// Who may do what in a class. The owner (Batch.instructorId) may do everything; an assistant
// (a BatchStaff row) may look at everything and review grades, but not change the class, its
// content or its people. One home for the rule: pages, actions, route handlers and tests ask
// `can(role, capability)`; the data layer's classAccess() enforces it.

export const CLASS_ROLES = ["OWNER", "ASSISTANT"] as const;
export type ClassRole = (typeof CLASS_ROLES)[number];

/**
 * view: pages, analytics, transcripts, exports, the audit log.
 * review: override or confirm a grade, graded examples.
 * manage: everything else (topics, questions, assignments, resources, settings, students,
 *         the class code, staff, archiving).
 */
export const CLASS_CAPABILITIES = ["view", "review", "manage"] as const;
export type ClassCapability = (typeof CLASS_CAPABILITIES)[number];

const GRANTS: Record<ClassRole, readonly ClassCapability[]> = {
  OWNER: CLASS_CAPABILITIES,
  ASSISTANT: ["view", "review"],
};

export function can(role: ClassRole, capability: ClassCapability): boolean {
  return GRANTS[role].includes(capability);
}

export const CLASS_ROLE_LABELS: Record<ClassRole, string> = { OWNER: "Owner", ASSISTANT: "Assistant" };

export const classRoleMessages = {
  assistantReadOnly: "You assist this class: you can see everything and review answers and grades; the owner manages topics, questions and settings.",
  ownerOnly: "Only the class owner can do that. Assistants can view the class, review answers and override grades.",
} as const;
