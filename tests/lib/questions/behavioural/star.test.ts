// STAR detection on hand-written answers: what it finds, what it must not find (plans, habits,
// "we"), the quotes it gives back, the one nudge, and that it stays linear on long or hostile input.
import { STAR_PARTS, type StarPart } from "@/lib/grading/types";
import { describe, expect, it } from "vitest";
import { detectStar, STAR_LABELS } from "@/lib/questions/behavioural/star";

type Example = { name: string; answer: string; present: StarPart[] };

const LATENCY =
  "At my last job our checkout page kept timing out during big sales. I was responsible for the payments service, so I needed to find the cause before the next campaign. " +
  "I added tracing to every call, found one slow query, and wrote an index for it with a colleague from the database team. " +
  "As a result, p95 latency dropped from 4 seconds to 300 ms and we had no timeouts on the day.";

const CONFLICT =
  "In my previous role a designer and I disagreed about whether a settings page needed a wizard. My task was to build it within the sprint, and we could not both be right. " +
  "I set up a short call, I showed her two rough prototypes, and I suggested we test both with five customers. " +
  "In the end the customers picked the simpler page, she agreed, and I learned to bring evidence instead of opinions to a disagreement.";

const FAILURE =
  "Two years ago I broke production with a database migration that locked a large table. I had to get the site back quickly and then make sure it could not happen the same way again. " +
  "I rolled back the deploy, I wrote the incident review the same afternoon, and I added a check to the pipeline that flags locking migrations. " +
  "Since then that check has caught 3 risky migrations before they shipped.";

const NO_RESULT_INTERN = "When I was an intern, my job was to clean up the test suite. I went through every flaky test and I rewrote the worst ones with my mentor.";

const NO_RESULT_RELEASE =
  "Our team was two weeks behind on a release. The goal was to ship the new onboarding before a conference. I talked to the product manager and I proposed cutting the two features nobody had asked for.";

const ONLY_WE =
  "Last year our team had to move the main database to a new cloud provider. We set up a replica, we wrote the cut-over scripts and we switched over on a Sunday night. In the end downtime was 5 minutes.";

const HYPOTHETICAL =
  "I would talk to them first and try to understand their point of view. Then I would suggest that we look for a compromise together. If that didn't work, I would escalate it to my manager.";

const HABIT = "I always make sure everyone is heard. I usually set up a weekly check-in and I never let problems sit for long.";

const RAMBLING =
  "So, um, it's a bit hard to pick one, because there is always something going on, and I think that communication is really important in any team, you know, and people have different styles and that is fine, " +
  "but anyway, at my last company there was this one situation, and honestly it went on for a while, with lots of meetings and a lot of back and forth between people who all had opinions about everything and nobody really agreeing on anything at all, " +
  "and at some point I spoke to my lead about it, and she listened, and we talked about it for a long time, and yeah, it was a learning experience, I suppose, like most things are when you think about it.";

const SPANISH = "El año pasado, en mi trabajo, tuve que migrar la base de datos. Hablé con el equipo, escribí los scripts y al final todo salió bien.";
const GERMAN = "Im letzten Jahr musste ich in meiner Firma ein altes System ablösen. Ich habe mit allen Teams gesprochen und einen Plan geschrieben.";
const CHINESE = "去年我在公司负责迁移数据库。我和团队一起写了脚本，最后顺利完成了。";

const EXAMPLES: Example[] = [
  { name: "complete: a performance fix with numbers", answer: LATENCY, present: ["situation", "task", "action", "result"] },
  { name: "complete: a disagreement resolved, no numbers", answer: CONFLICT, present: ["situation", "task", "action", "result"] },
  { name: "complete: a failure the candidate caused", answer: FAILURE, present: ["situation", "task", "action", "result"] },
  { name: "no result: an intern's clean-up", answer: NO_RESULT_INTERN, present: ["situation", "task", "action"] },
  { name: "no result: a release that was behind", answer: NO_RESULT_RELEASE, present: ["situation", "task", "action"] },
  { name: "no action: only what 'we' did", answer: ONLY_WE, present: ["situation", "task", "result"] },
  { name: "hypothetical: what I would do", answer: HYPOTHETICAL, present: [] },
  { name: "hypothetical: one line", answer: "I would talk to them.", present: [] },
  { name: "habits, not a story", answer: HABIT, present: [] },
  { name: "rambling: a situation and one action, no task or result", answer: RAMBLING, present: ["situation", "action"] },
  { name: "empty", answer: "", present: [] },
  { name: "blank", answer: "  \n\t  \n", present: [] },
  { name: "Spanish", answer: SPANISH, present: [] },
  { name: "German", answer: GERMAN, present: [] },
  { name: "Chinese", answer: CHINESE, present: [] },
  {
    name: "only a result",
    answer: "We saved 40% on hosting costs.",
    present: ["result"],
  },
  {
    name: "no situation",
    answer: "My job was to speed up the build. I profiled it and I cached the dependencies. Build time fell from 20 minutes to 6 minutes.",
    present: ["task", "action", "result"],
  },
  {
    name: "a counterfactual is not a result",
    answer: "At my last job we never wrote tests for the billing code. It would have saved us a lot of time if we had.",
    present: ["situation"],
  },
];

describe("detectStar", () => {
  for (const ex of EXAMPLES) {
    it(`finds the parts of: ${ex.name}`, () => {
      const got = detectStar(ex.answer);
      expect(got.present).toEqual(ex.present);
      expect(got.missing).toEqual(STAR_PARTS.filter((p) => !ex.present.includes(p)));
      expect(Object.keys(got.evidence).sort()).toEqual([...ex.present].sort());
      expect(got.nudge === null).toBe(ex.present.length === 4);
    });
  }

  it("quotes each present part with at most 120 characters taken from the answer", () => {
    for (const ex of EXAMPLES) {
      const got = detectStar(ex.answer);
      for (const part of got.present) {
        const q = got.evidence[part]!;
        expect(q.length, `${ex.name}: ${part}`).toBeGreaterThan(0);
        expect(q.length, `${ex.name}: ${part}`).toBeLessThanOrEqual(120);
        expect(ex.answer.includes(q), `${ex.name}: ${part}`).toBe(true);
        expect(q).toBe(q.trim());
      }
    }
  });

  it("quotes the sentence that shows the part", () => {
    const got = detectStar(LATENCY);
    expect(got.evidence.situation).toMatch(/^At my last job/);
    expect(got.evidence.task).toMatch(/I was responsible for/);
    expect(got.evidence.action).toMatch(/^I added tracing/);
    expect(got.evidence.result).toMatch(/^As a result/);
    // A long run-on sentence is quoted around the cue, not from its start.
    expect(detectStar(RAMBLING).evidence.action).toContain("I spoke to my lead");
  });

  it("nudges the most important missing part: result, then action, then task, then situation", () => {
    expect(detectStar(NO_RESULT_INTERN).nudge).toMatch(/result/i);
    expect(detectStar(NO_RESULT_INTERN).nudge).toMatch(/number/);
    expect(detectStar("").nudge).toMatch(/result/i);
    expect(detectStar("My job was to speed up the build. I profiled it and I cached the dependencies. Build time fell from 20 minutes to 6 minutes.").nudge).toMatch(
      /scene|where you were/i,
    );
    expect(detectStar("Last year our build took 40 minutes. I split the test suite and I cached the dependencies. It dropped to 9 minutes, so 4x faster.").nudge).toMatch(
      /responsible|goal/i,
    );
    expect(detectStar("At my last job the build was slow and my task was to fix it. In the end it took 9 minutes instead of 40 minutes.").nudge).toMatch(/I set up|I talked to/);
  });

  it("tells a 'we' answer to say what the candidate did, and a hypothetical one to tell a real story", () => {
    expect(detectStar(ONLY_WE).nudge).toMatch(/“we…”.*yourself/);
    expect(detectStar(HYPOTHETICAL).nudge).toMatch(/not what you would/);
    expect(detectStar("I would talk to them.").nudge).toMatch(/not what you would/);
    expect(detectStar(NO_RESULT_INTERN).nudge).not.toMatch(/not what you would/);
  });

  it("does not take a plan or a habit for an action, even next to a real one", () => {
    expect(detectStar("I'd set up a meeting and I'll write a summary afterwards.").present).not.toContain("action");
    expect(detectStar("I will have talked to them by then.").present).not.toContain("action");
    expect(detectStar("I usually organised a retro at the end.").present).not.toContain("action");
    expect(detectStar("I needed to ship it and I wanted to help.").present).not.toContain("action");
    expect(detectStar("I then organised a retro and I quickly wrote up the notes.").present).toContain("action");
    expect(detectStar("My manager and I decided to pause the launch.").present).toContain("action");
  });

  it("reads a number with a unit as a result, and a year or 'ago' as the situation", () => {
    expect(detectStar("Errors went down 35%.").present).toEqual(["result"]);
    expect(detectStar("The new cache made pages 3x faster.").present).toEqual(["result"]);
    expect(detectStar("In 2021 our team was small.").present).toEqual(["situation"]);
    expect(detectStar("Three years ago I joined a tiny startup.").present).toContain("situation");
  });

  it("labels the four parts in S, T, A, R order", () => {
    expect(STAR_PARTS).toEqual(["situation", "task", "action", "result"]);
    expect(STAR_PARTS.map((p) => STAR_LABELS[p])).toEqual(["Situation", "Task", "Action", "Result"]);
  });

  it("copes with hostile input quickly: one huge word, no punctuation, repeated subjects, odd characters", () => {
    const inputs = [
      "a".repeat(500_000),
      "I ".repeat(200_000),
      "I would I would I ".repeat(30_000),
      `${"we had to ".repeat(50_000)}`,
      "1".repeat(200_000),
      `${"at my last job ".repeat(20_000)}x`,
      "....!!!???;;;\n\n\n".repeat(30_000),
      "’'’'".repeat(100_000),
      "\u0000\u200b\uffff😀".repeat(50_000),
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      const got = detectStar(input);
      expect(performance.now() - t0, input.slice(0, 20)).toBeLessThan(2_000);
      for (const q of Object.values(got.evidence)) expect(q.length).toBeLessThanOrEqual(120);
    }
  });

  it("takes time roughly linear in the answer's length", () => {
    const base = [LATENCY, RAMBLING, ONLY_WE, HYPOTHETICAL, NO_RESULT_RELEASE].join("\n");
    const one = base.repeat(Math.ceil(150_000 / base.length));
    const time = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        detectStar(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(one); // warm up
    const t1 = time(one);
    const t2 = time(one.repeat(2));
    const t4 = time(one.repeat(4));
    expect(t2).toBeLessThan(4 * t1 + 5);
    expect(t4).toBeLessThan(8 * t1 + 5);
  });
});
