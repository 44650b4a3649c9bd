import "server-only";
// The offline grader weighs rare words up (IDF) over the bank the interview draws on: a class
// topic's questions, or the job-practice family's with the behavioural ones. One document per
// question — its text and reference answer — exactly as bench:grader builds it, so the
// benchmark measures what users get. Cached per process: a family's bank never changes, a
// topic's is re-read after a minute (instructors edit banks rarely, answers come often).
import { type BankKey, topicBankTexts } from "@/lib/db/queries/interviews";
import { buildIdf, type Idf } from "@/lib/grading/features";
import { BEHAVIOURAL_BANK, ROLE_FAMILIES, type RoleFamily, TECHNICAL_BANK } from "@/lib/question-bank";

const TOPIC_TTL_MS = 60_000;
const MAX_TOPICS = 1_000;
const topics = new Map<string, { idf: Idf; until: number }>();
const families = new Map<string, Idf>();

const isFamily = (f: string): f is RoleFamily => (ROLE_FAMILIES as readonly string[]).includes(f);

export async function idfForBank(key: BankKey): Promise<Idf | undefined> {
  if (key.topicId) {
    const hit = topics.get(key.topicId);
    if (hit && hit.until > Date.now()) return hit.idf;
    const idf = buildIdf(await topicBankTexts(key.topicId));
    if (topics.size >= MAX_TOPICS) topics.delete(topics.keys().next().value!);
    topics.set(key.topicId, { idf, until: Date.now() + TOPIC_TTL_MS });
    return idf;
  }
  if (key.family && isFamily(key.family)) {
    let idf = families.get(key.family);
    if (!idf) {
      idf = buildIdf([...TECHNICAL_BANK[key.family], ...BEHAVIOURAL_BANK].map((q) => `${q.text} ${q.referenceAnswer}`));
      families.set(key.family, idf);
    }
    return idf;
  }
  return undefined;
}
