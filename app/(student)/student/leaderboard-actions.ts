"use server";
// A student hides themself from a class's leaderboard, or comes back to it. Only their own,
// active enrollment changes. The audit entry is the student's own (no class id): who chose to
// hide is theirs to know, so it is not listed in the class's audit log.
import { z } from "zod";
import { studentAction } from "@/lib/actions/define";
import { bool, id } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { setLeaderboardHidden } from "@/lib/db/queries/leaderboard";

export const leaderboardVisibilityAction = studentAction(
  z.object({ batchId: id, hidden: bool }),
  async ({ input, user, audit }) => {
    await setLeaderboardHidden(input.batchId, user.id, input.hidden);
    await audit({ action: input.hidden ? "leaderboard.hide" : "leaderboard.show", targetType: "batch", targetId: input.batchId });
    return done(input.hidden ? "You are hidden: other students no longer see you on this leaderboard." : "You are back on the leaderboard.");
  },
  { surface: "leaderboard", revalidate: ["/student"] },
);
