import { describe, expect, it } from "vitest";
import { matchResources, PER_POINT_MAX, type ResourceLike } from "@/lib/resources/match";

const r = (id: string, questionId: string | null, keyPoint: string | null, url: string | null = `https://example.com/${id}`): ResourceLike => ({
  id,
  questionId,
  keyPoint,
  title: `Title ${id}`,
  url,
  note: "",
});

const turns = new Map<number, string | null>([
  [0, "q1"],
  [1, "q1"], // a follow-up to question 1
  [2, "q2"],
  [3, null], // its question was deleted since
]);

describe("matchResources", () => {
  it("a missed key point → its own resource; else the question's; else the topic's", () => {
    const resources = [r("topic", null, null), r("q1-whole", "q1", null), r("q1-point", "q1", "A hash maps keys to buckets"), r("q2-other-point", "q2", "Something else")];
    const { byTurn, plan } = matchResources(
      [
        { index: 0, missed: ["a hash maps keys to  buckets.", "Collisions need handling"] },
        { index: 2, missed: ["Load factor"] },
        { index: 3, missed: ["Anything"] },
      ],
      turns,
      resources,
    );
    expect(byTurn[0]!.map((m) => m.resources.map((x) => x.id))).toEqual([["q1-point"], ["q1-whole"]]);
    // q2 has a resource only for another key point: the topic's is shown.
    expect(byTurn[2]![0]!.resources.map((x) => x.id)).toEqual(["topic"]);
    expect(byTurn[3]![0]!.resources.map((x) => x.id)).toEqual(["topic"]);
    // The plan lists each matched resource once, in order of first appearance.
    expect(plan.map((x) => x.id)).toEqual(["q1-point", "q1-whole", "topic"]);
  });

  it("a question's or the topic's reading is shown once per question, not under each of its missed points", () => {
    const { byTurn, plan } = matchResources(
      [
        { index: 0, missed: ["first", "second", "A hash maps keys to buckets"] },
        { index: 2, missed: ["one", "two"] },
      ],
      turns,
      [r("topic", null, null), r("q1-whole", "q1", null), r("q1-point", "q1", "A hash maps keys to buckets")],
    );
    expect(byTurn[0]!.map((m) => m.resources.map((x) => x.id))).toEqual([["q1-whole"], [], ["q1-point"]]);
    expect(byTurn[2]!.map((m) => m.resources.map((x) => x.id))).toEqual([["topic"], []]);
    expect(plan.map((x) => x.id)).toEqual(["q1-whole", "q1-point", "topic"]);
  });

  it("nothing for answers with nothing missed, or a topic without resources", () => {
    expect(matchResources([{ index: 0, missed: [] }], turns, [r("topic", null, null)])).toEqual({ byTurn: {}, plan: [] });
    expect(matchResources([{ index: 0, missed: ["x"] }], turns, [])).toEqual({ byTurn: {}, plan: [] });
  });

  it("only http(s) links become links; at most a few per point", () => {
    const many = Array.from({ length: 5 }, (_, i) => r(`t${i}`, null, null));
    const { byTurn } = matchResources([{ index: 0, missed: ["x"] }], turns, [r("bad", null, null, "javascript:alert(1)"), ...many]);
    expect(byTurn[0]![0]!.resources).toHaveLength(PER_POINT_MAX);
    expect(byTurn[0]![0]!.resources[0]).toEqual({ id: "bad", title: "Title bad", href: null, note: "" });
  });
});
