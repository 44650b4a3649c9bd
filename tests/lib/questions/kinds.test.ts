// Question kinds: chosen by the question's kind field; a behavioural answer is graded on its
// content and on its story's structure (STAR), offline.
import { describe, expect, it } from "vitest";
import { BEHAVIOURAL_BANK } from "@/lib/question-bank";
import { questionKind } from "@/lib/questions/kinds";
import { kindDisplay } from "@/lib/questions/kind";

const conflict = BEHAVIOURAL_BANK.find((q) => q.id === "behavioural-disagreed-teammate")!;
const gradable = { text: conflict.text, referenceAnswer: conflict.referenceAnswer, keyPoints: conflict.keyPoints };

const fullStory =
  "Last year at my previous job our team was building a checkout page and a teammate and I disagreed about the API design. " +
  "I was responsible for the frontend and I needed us to agree before the sprint ended. " +
  "I set up a short call, I listened to his concerns first, I wrote down both options with their trade-offs and I proposed a small prototype of each. " +
  "As a result we picked his design with one change of mine, shipped two days early, and our review comments dropped by 30% on the next feature.";
const noResult =
  "Last year at my previous job our team was building a checkout page and a teammate and I disagreed about the API design. " +
  "I was responsible for the frontend and I needed us to agree. I set up a short call, I listened to his concerns first and I wrote down both options.";

describe("question kinds", () => {
  it("treats questions without a kind as concept questions", () => {
    expect(questionKind(undefined).kind).toBe("CONCEPT");
    expect(kindDisplay(undefined).label).toBe("Concept");
    expect(kindDisplay("BEHAVIOURAL").answerPlaceholder).toMatch(/situation/);
  });

  it("grades a behavioural story with every STAR part and names them", () => {
    const e = questionKind("BEHAVIOURAL").gradeOffline(gradable, { text: fullStory });
    expect(e.star?.missing).toEqual([]);
    expect(e.star?.present).toEqual(["situation", "task", "action", "result"]);
  });

  it("is never strong without a result, and says what to add", () => {
    const e = questionKind("BEHAVIOURAL").gradeOffline(gradable, { text: noResult });
    expect(e.star?.missing).toContain("result");
    expect(e.verdict).not.toBe("strong");
    expect(e.feedback).toMatch(/result/i);
    const complete = questionKind("BEHAVIOURAL").gradeOffline(gradable, { text: fullStory });
    expect(complete.scores.overall).toBeGreaterThan(e.scores.overall);
  });

  it("grades a concept answer without STAR", () => {
    expect(questionKind("CONCEPT").gradeOffline(gradable, { text: fullStory }).star).toBeUndefined();
  });

  it("every kind has its module, coding questions included", () => {
    expect(questionKind("CODE").kind).toBe("CODE");
    expect(questionKind(undefined).kind).toBe("CONCEPT");
  });
});

describe("follow-ups on a story", () => {
  const behavioural = questionKind("BEHAVIOURAL");
  const gap = behavioural.gradeOffline(gradable, { text: noResult }).missed[0]!;

  it("asks for the missing part in plain words", () => {
    expect(gap).toMatch(/result/);
    expect(behavioural.followUpQuestion?.(gap)).toBe("What was the result? Give a number if you can: time saved, errors down, users gained.");
    expect(behavioural.followUpQuestion?.("both points of view, stated fairly")).toBeNull();
  });

  it("grades the answer to it on that part: a result with a number is strong", () => {
    const followUp = behavioural.followUp!;
    const answered = followUp.gradeOffline(
      gradable,
      { text: "In the end review time dropped from two days to under one, and we shipped 30% more changes that quarter." },
      { probed: gap },
    );
    expect(answered).toMatchObject({ verdict: "strong", missed: [] });
    const dodged = followUp.gradeOffline(gradable, { text: "I think it went fine overall." }, { probed: gap });
    expect(dodged.verdict).not.toBe("strong");
  });

  it("says plainly why a story with strong content is not strong", () => {
    const e = behavioural.gradeOffline(gradable, { text: noResult });
    if (e.verdict === "shallow") expect(e.feedback).not.toMatch(/^Strong/);
  });
});
