// bcrypt (pure JS, no native build) at cost 10: ~70 ms per check on this class of machine.
import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so timing does not reveal which emails exist.
export const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.1L8l6m1n4mE5wz8lGQ5hYgWZ1C6e";
