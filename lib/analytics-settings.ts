// Thresholds the instructor dashboard uses and explains on screen.
/** A student whose latest three scores average below this is flagged. */
export const AT_RISK_SCORE = 50;
/** …or who has not practised for this many days. */
export const AT_RISK_IDLE_DAYS = 7;
/** The heatmap shows this many students, lowest averages first. */
export const HEATMAP_MAX_STUDENTS = 60;
