import { describe, expect, it } from "vitest";
import { DEFAULT_LEADERBOARD, describeLeaderboard, initialsOf, leaderboardMessages, leaderboardSettingsSchema, pointsFor } from "@/lib/leaderboard/settings";

describe("leaderboard settings", () => {
  it("is off by default, ranking best per topic with initials", () => {
    expect(DEFAULT_LEADERBOARD).toEqual({ enabled: false, metric: "BEST_PER_TOPIC", days: null, names: "INITIALS" });
  });

  it("parses the form: an unticked box is off; the period counts for points only", () => {
    expect(leaderboardSettingsSchema.parse({ metric: "POINTS", period: "7", names: "FULL_NAME" })).toEqual({ enabled: false, metric: "POINTS", days: 7, names: "FULL_NAME" });
    expect(leaderboardSettingsSchema.parse({ enabled: "on", metric: "POINTS", period: "all", names: "INITIALS" })).toMatchObject({ enabled: true, days: null });
    expect(leaderboardSettingsSchema.parse({ enabled: "on", metric: "BEST_PER_TOPIC", period: "30", names: "INITIALS" })).toMatchObject({ days: null });
  });

  it("refuses anything else with a message to act on", () => {
    const bad = (v: Record<string, string>) => leaderboardSettingsSchema.safeParse(v).error?.issues[0]?.message;
    expect(bad({ metric: "MOST_TALKATIVE", names: "INITIALS" })).toBe(leaderboardMessages.metric);
    expect(bad({ metric: "POINTS", period: "365", names: "INITIALS" })).toBe(leaderboardMessages.period);
    expect(bad({ metric: "POINTS", names: "EMAIL" })).toBe(leaderboardMessages.names);
  });

  it("initials: the first and last words' first letters", () => {
    expect(initialsOf("Ada Lovelace")).toBe("A. L.");
    expect(initialsOf("  mary ann   smith ")).toBe("M. S.");
    expect(initialsOf("Plato")).toBe("P.");
    expect(initialsOf("Émile Zola")).toBe("É. Z.");
    expect(initialsOf("")).toBe("?");
  });

  it("points: a tenth of the score, rounded; the summary line", () => {
    expect([pointsFor(75), pointsFor(74), pointsFor(100), pointsFor(0)]).toEqual([8, 7, 10, 0]);
    expect(describeLeaderboard({ enabled: true, metric: "POINTS", days: 30, names: "INITIALS" })).toBe("points over the last 30 days, initials only");
  });
});
