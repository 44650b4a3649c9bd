import "server-only";
import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/domain";
import { getSessionUser } from "./guards";

/** Login and signup are for signed-out visitors; a signed-in user goes to their home. */
export async function redirectIfSignedIn(): Promise<void> {
  const user = await getSessionUser();
  if (user) redirect(homePathFor(user.role));
}
