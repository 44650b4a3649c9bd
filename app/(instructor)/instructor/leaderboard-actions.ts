"use server";
// A class's leaderboard settings (owner only): zod (lib/leaderboard/settings) → requireInstructor()
// → classAccess "manage" → save → audit → revalidate the class's pages and the students' home.
import { z } from "zod";
import { instructorAction } from "@/lib/actions/define";
import { batchPath, id } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { classAccess } from "@/lib/db/queries/class-access";
import { saveLeaderboardSettings } from "@/lib/db/queries/leaderboard";
import { leaderboardMessages, leaderboardSettingsSchema } from "@/lib/leaderboard/settings";

const schema = z.object({ batchId: id }).and(leaderboardSettingsSchema);

export const leaderboardSettingsAction = instructorAction(
  schema,
  async ({ input, audit }) => {
    const { batchId, ...settings } = input;
    await saveLeaderboardSettings(batchId, settings);
    await audit({ action: "leaderboard.settings", targetType: "batch", targetId: batchId, batchId, metadata: settings });
    return done(leaderboardMessages.saved(settings));
  },
  {
    surface: "leaderboard",
    owns: ({ batchId }, user) => classAccess(batchId, user.id, "manage"),
    revalidate: ({ batchId }) => [`${batchPath(batchId)}/leaderboard`, "/student"],
  },
);
