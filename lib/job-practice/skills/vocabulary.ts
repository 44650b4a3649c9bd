// Skills and technologies that resumes and job descriptions mention, used to spot them in text and match them to questions.
// A skill is found by its name and aliases (whole words, case-insensitive; dots and slashes split words, as in find.ts) and by its exact forms (case-sensitive only); a name listed in exact is matched only as written.
// To add a skill: give it a new kebab-case id, lower-case aliases no other skill uses, and put any form that is also an ordinary English word in exact.
// The skills live in ./vocabulary/, one file per area; this is the whole list.
import type { Skill } from "./types";
import { LANGUAGES_AND_FRONTEND } from "./vocabulary/languages-and-frontend";
import { BACKEND_AND_DATABASES } from "./vocabulary/backend-and-databases";
import { MOBILE_AND_SECURITY } from "./vocabulary/mobile-and-security";
import { DATA } from "./vocabulary/data";
import { ML_AND_CLOUD } from "./vocabulary/ml-and-cloud";
import { DEVOPS } from "./vocabulary/devops";
import { TESTING } from "./vocabulary/testing";
import { PRACTICE } from "./vocabulary/practice";
import { PRODUCT } from "./vocabulary/product";
import { PEOPLE } from "./vocabulary/people";

export type { Skill, SkillCategory } from "./types";

export const SKILLS: readonly Skill[] = [
  ...LANGUAGES_AND_FRONTEND,
  ...BACKEND_AND_DATABASES,
  ...MOBILE_AND_SECURITY,
  ...DATA,
  ...ML_AND_CLOUD,
  ...DEVOPS,
  ...TESTING,
  ...PRACTICE,
  ...PRODUCT,
  ...PEOPLE,
];
