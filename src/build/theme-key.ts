/** The localStorage key for the reader's theme choice; shared by the head script and the toggle. */
export const THEME_STORAGE_KEY = "pf-theme";
