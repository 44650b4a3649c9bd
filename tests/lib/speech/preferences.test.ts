// Reading questions aloud: the form the room sends, the stored value read back (defaults for
// anything missing or tampered with), and speeds only from the list.
import { describe, expect, it } from "vitest";
import { DEFAULT_SPEECH_PREFS, keepRecordingsForm, readKeepRecordings, readSpeechPrefs, speechPrefsForm } from "@/lib/speech/preferences";

describe("speech preferences", () => {
  it("reads the room's form: on/off, a listed speed, a voice name or the default", () => {
    expect(speechPrefsForm.parse({ readAloud: "on", rate: "1.2", voice: " Samantha " })).toEqual({ readAloud: true, rate: 1.2, voice: "Samantha" });
    expect(speechPrefsForm.parse({ readAloud: "off", rate: "1", voice: "" })).toEqual({ readAloud: false, rate: 1, voice: null });
    expect(speechPrefsForm.safeParse({ readAloud: "on", rate: "7", voice: "" }).error?.issues[0]?.message).toBe("Choose a speed from the list.");
    expect(speechPrefsForm.safeParse({ readAloud: "yes", rate: "1", voice: "" }).success).toBe(false);
  });

  it("reads back what was stored, or the defaults", () => {
    expect(readSpeechPrefs({ readAloud: true, rate: 1.5, voice: null })).toEqual({ readAloud: true, rate: 1.5, voice: null });
    for (const bad of [null, undefined, "on", { readAloud: "true", rate: 1, voice: null }, { readAloud: true, rate: 3, voice: null }])
      expect(readSpeechPrefs(bad)).toEqual(DEFAULT_SPEECH_PREFS);
  });
});

describe("keeping recordings", () => {
  it("is off unless stored as true, beside the read-aloud settings, which ignore it", () => {
    expect(readKeepRecordings({ readAloud: true, rate: 1, voice: null, keepRecordings: true })).toBe(true);
    for (const off of [null, undefined, {}, { keepRecordings: "true" }, { keepRecordings: 1 }, [true]]) expect(readKeepRecordings(off)).toBe(false);
    expect(readSpeechPrefs({ readAloud: true, rate: 1.2, voice: "Samantha", keepRecordings: true })).toEqual({ readAloud: true, rate: 1.2, voice: "Samantha" });
  });

  it("reads its own form: on or off, nothing else", () => {
    expect(keepRecordingsForm.parse({ keepRecordings: "on" })).toEqual({ keepRecordings: true });
    expect(keepRecordingsForm.parse({ keepRecordings: "off" })).toEqual({ keepRecordings: false });
    expect(keepRecordingsForm.safeParse({ keepRecordings: "yes" }).error?.issues[0]?.message).toBe("Choose on or off.");
  });
});
