/** An error the C compiler reports: where in the reader's text, and what. */
export interface CError {
  /** 1-based line and column in the C text. */
  line: number;
  column: number;
  message: string;
}
