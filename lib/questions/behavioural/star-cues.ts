// Cue phrases and word lists for the offline STAR check (star.ts): the data, kept apart from the
// detector so each file stays short. Pure and dependency-free.

import type { StarPart } from "@/lib/grading/types";

/** A strong cue shows a part on its own; two weak ones (weight 1) together do too. */
export type Weight = 1 | 2;

// Cue phrases, lower case, words separated by single spaces. Only past-tense outcome verbs count
// as a result ("reduced", not "reduce"): "I needed to reduce latency" is a task.
// biome-ignore format: word lists packed several to a line to keep the file short
export const CUE_TEXT: Record<StarPart, Record<Weight, string[]>> = {
  situation: {
    2: [
      "at my last job", "at my last company", "at my previous job", "at my previous company", "at my old job", "at my current job", "at my current company", "at a previous job",
      "at a previous company", "in a previous job", "in a previous role", "at a startup", "in my last job", "in my last role", "in my previous job", "in my previous role",
      "in my current role", "in my current job", "in my first job", "in my first role", "on my last team", "on my previous team", "in my last team", "in my previous team",
      "last year", "last month", "last summer", "last spring", "last autumn", "last fall", "last winter", "last quarter", "last week", "last sprint", "last semester",
      "years ago", "months ago", "weeks ago", "a year ago", "when i was", "when i worked", "when i joined", "when i started", "while i was", "while working", "during my",
      "our team was", "our team had", "my team was", "my team had", "i was working", "i worked at", "i worked as", "i worked on", "i was part of", "i was leading",
      "i was the only", "i was an intern", "i was interning", "at the time", "at that time", "back in", "in my internship", "during an internship", "in my final year",
      "at university", "at uni", "in college", "at school", "we were building", "we were working", "we were migrating", "we were launching", "we were running", "we were having",
      "there was a time", "a time when", "we had a problem", "we had an issue", "we had a bug", "there was a problem", "there was an issue", "there was a bug",
    ],
    1: [
      "the project", "a project", "our project", "our team", "my team", "the team", "we had a", "we had an", "there was a", "there was an", "there were", "we were", "i was a",
      "i was an", "i was on", "the company", "our company", "a client", "our client", "the client", "a customer", "the customer", "our product", "the product", "the codebase",
      "our app", "the app", "our system", "the system", "once", "one time",
    ],
  },
  task: {
    2: [
      "i was responsible for", "i was in charge of", "i was asked to", "i was tasked with", "i was given", "i was assigned", "i was supposed to", "i was meant to",
      "i had been asked to", "i got asked to", "i had to", "i needed to", "we had to", "we needed to", "we were asked to", "we were supposed to", "my goal was", "our goal was",
      "the goal was", "the aim was", "my aim was", "our aim was", "the task was", "my task was", "my job was", "my role was", "my part was", "my responsibility was",
      "it was my job", "it was my responsibility", "responsible for", "in charge of", "asked me to", "wanted me to", "needed me to", "told me to", "the challenge was",
      "the problem was", "the issue was", "the deadline was", "the target was", "the requirement was", "the plan was", "had to", "needed to", "i owned", "i took on",
      "i volunteered to", "i offered to",
    ],
    1: ["i wanted to", "we wanted to", "deadline", "the brief", "the requirements", "make sure"],
  },
  action: {
    2: ["i was able to", "what i did was", "my first step was", "the first thing i did", "i took ownership", "i stepped in", "i took the lead"],
    1: [],
  },
  result: {
    2: [
      "as a result", "in the end", "which led to", "that led to", "this led to", "it led to", "led to", "resulted in", "the result was", "the results were", "the outcome was",
      "the end result", "the outcome", "ended up", "went from", "down from", "up from", "doubled", "halved", "tripled", "reduced", "increased", "improved", "saved", "shipped",
      "launched", "went live", "ahead of schedule", "met the deadline", "hit the deadline", "made the deadline", "i learned", "i learnt", "i've learned", "the lesson",
      "taught me", "since then", "from then on", "to this day", "no longer", "never happened again", "didn't happen again", "it worked", "that worked", "this worked",
      "worked well", "paid off", "was adopted", "got adopted", "got promoted", "was promoted", "got better", "went well", "went smoothly", "worked out", "a day early",
      "a week early", "days early", "weeks early",
    ],
    1: [
      "eventually", "afterwards", "after that", "finally", "on time", "delivered", "released", "finished", "completed", "dropped", "fell", "grew", "rose", "solved", "resolved",
      "fixed", "faster", "fewer", "success", "successful", "successfully", "thanked", "praised", "positive feedback", "the feedback was", "signed off", "was happy", "were happy",
      "was pleased", "were pleased", "at the end of the day",
    ],
  },
};

/** A cue right after one of these is hypothetical or future ("it would have saved time"). */
// biome-ignore format: word lists packed several to a line to keep the file short
export const MODALS = new Set([
  "would", "could", "should", "might", "will", "can", "may", "must", "shall", "gonna", "i'd", "we'd", "you'd", "i'll", "we'll", "you'll", "it'll", "it'd",
]);
/** A sentence that starts with one of these is a rule or a habit, not a story. */
export const GENERIC_OPENERS = new Set(["if", "whenever", "usually", "generally", "typically", "normally", "ideally", "always", "hypothetically"]);
/** Words allowed between "I" and its verb ("I then wrote", "I quickly set up"). Habit words (usually, always, never) are not. */
// biome-ignore format: word lists packed several to a line to keep the file short
export const BETWEEN = new Set([
  "then", "also", "first", "just", "finally", "eventually", "quickly", "immediately", "personally", "actually", "really", "still", "even", "soon", "later", "myself", "instead",
  "ultimately", "initially", "both", "all", "together", "so", "only",
]);
export const HABITUAL = new Set(["usually", "normally", "generally", "typically", "always", "often", "sometimes", "never", "rarely"]);
/** Irregular past-tense verbs of doing. */
// biome-ignore format: word lists packed several to a line to keep the file short
export const IRREGULAR_PAST = new Set([
  "wrote", "rewrote", "built", "rebuilt", "made", "took", "spoke", "met", "ran", "reran", "sent", "led", "told", "gave", "found", "brought", "began", "chose", "drew", "held",
  "kept", "let", "put", "sat", "sought", "spent", "split", "stood", "taught", "went", "won", "broke", "caught", "cut", "dug", "got", "set", "paid", "laid", "bought", "sold",
  "shut", "drove", "fought", "came", "did", "redid", "undid", "overrode", "threw", "froze", "wound", "withdrew", "became", "rang", "sped", "fed", "hid", "shot", "swore",
  "proofread",
]);
/** "-ed" words after "I" that are states, wishes or the result, not steps taken. */
// biome-ignore format: word lists packed several to a line to keep the file short
export const NOT_ACTIONS = new Set([
  "needed", "wanted", "used", "supposed", "hoped", "liked", "loved", "hated", "enjoyed", "wished", "seemed", "believed", "assumed", "guessed", "expected", "preferred", "feared",
  "worried", "learned", "realised", "realized", "noticed", "wondered", "struggled", "panicked", "failed", "missed", "overlooked", "forgot", "remembered", "imagined",
  "considered", "pretended", "interned",
]);

// biome-ignore format: word lists packed several to a line to keep the file short
export const TIME_UNITS = new Set([
  "ms", "millisecond", "milliseconds", "second", "seconds", "secs", "minute", "minutes", "mins", "hour", "hours", "hrs", "day", "days", "week", "weeks", "month", "months",
  "year", "years",
]);
// biome-ignore format: word lists packed several to a line to keep the file short
export const COUNT_UNITS = new Set([
  "users", "customers", "clients", "tickets", "bugs", "errors", "incidents", "complaints", "requests", "signups", "sign-ups", "downloads", "sales", "orders", "pages", "alerts",
  "failures", "crashes", "deploys", "releases", "points", "stars", "k", "thousand", "million", "billion", "dollars", "euros", "pounds", "gb", "mb",
]);
