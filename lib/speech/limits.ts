// The one home of spoken answers' limits and messages: the recorder in the browser, the upload
// route and the transcription client all read these. No server imports.

/** The longest recording accepted (a long interview answer is two to three minutes). */
export const MAX_RECORDING_SECONDS = 180;
/** The largest recording accepted; three minutes of Opus in WebM is well under 2 MB. */
export const MAX_AUDIO_BYTES = 10 * 1024 * 1024;
/** What MediaRecorder produces in Chromium, Firefox and Safari, plus files a student might have. */
export const AUDIO_TYPES = ["audio/webm", "audio/ogg", "audio/mp4", "audio/mpeg", "audio/wav", "audio/x-wav"] as const;
/** Word timestamps kept with an answer at most (three minutes is well under 1,000 words). */
export const MAX_TIMED_WORDS = 2000;
/** Silences kept with an answer at most. */
export const MAX_SILENCES = 500;
/** The longest text read aloud in one request (OpenAI's /audio/speech takes 4,096 characters). */
export const MAX_SPEECH_CHARS = 4096;

export const speechMessages = {
  tooLarge: `This recording is larger than ${MAX_AUDIO_BYTES / 1024 / 1024} MB. Record a shorter answer (${MAX_RECORDING_SECONDS / 60} minutes at most), or type it.`,
  tooLong: `Recordings stop at ${MAX_RECORDING_SECONDS / 60} minutes an answer: what you said is in the answer box. Type the rest if you need to, then submit.`,
  transcriptReady: "Your words are in the answer box: check them, correct anything misheard, then submit.",
  transcriptReadyHandsFree: "Your words are in the answer box and go in a moment: press Esc to check them first.",
  keptLatestOnly: "Only this latest recording of the answer is kept for listening back.",
  noAutoStop: "This browser lets the page hear your level only after a click, so silence will not end this recording: press Stop (Alt+R) when you finish.",
  unsupported: "This recording's format cannot be transcribed here. Try another browser, or type your answer.",
  empty: "The recording is empty: check that your microphone is on and not muted, then record again.",
  timeout: "Transcription is taking too long. Your recording is kept in this page: try again, or type your answer.",
  down: "The transcription service cannot be reached right now. Your recording is kept in this page: try again in a moment, or type your answer.",
  refused: "The transcription service refused this recording. Try again, or type your answer.",
  speechDown: "The voice for questions cannot be reached right now; the question is shown as text.",
  micDenied: "The browser is not allowed to use your microphone. Allow it for this site (the icon beside the address), then record again, or type your answer.",
  micMissing: "No microphone was found. Connect one and record again, or type your answer.",
  micBusy: "Your microphone is in use by another app or tab. Close it there and record again, or type your answer.",
  micInsecure: "Browsers allow the microphone only on secure pages (https, or localhost). Ask your administrator to serve the app over https, or type your answer.",
  micUnsupported: "This browser cannot record audio here. Try a current Chrome, Edge, Firefox or Safari, or type your answer.",
  noSpeechInput:
    "Spoken answers are not available here: this app has no transcription service set up and this browser has no speech recognition (Chrome, Edge and Safari have it). Type your answer.",
  browserRecognitionDown: "Your browser's speech recognition could not reach its service. Try again, or type your answer.",
  noSpeech: "No speech was heard. Check that your microphone is on and not muted, then record again.",
  /** Kept recordings (lib/db/queries/recordings.ts and the report's player). */
  recording: {
    noKey: "Your recording was not kept: this server has no key to store recordings safely (its administrator has not set DATA_ENCRYPTION_KEY). Your answer is not affected.",
    notStored: "Your recording was not kept this time (the server could not save it). Your answer is not affected.",
    cannotPlay: "Kept recordings cannot be played on this server right now (its encryption key is not set). You can still delete them.",
    playFailed: "This recording could not be played. Reload the page to try again; you can still delete it.",
  },
  stopFirst: "Stop the recording first (the Stop button, or Alt+R): its words go into your answer, then submit.",
  waitForTranscript: "Your recording is being written down: submit when its words are in the answer box.",
  notConfigured: "Server transcription is not set up on this app.",
  voiceNotConfigured: "A server voice is not set up on this app; the browser reads questions aloud instead.",
};
