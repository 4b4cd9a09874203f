/**
 * Where the compiler puts globals, and how a C signature maps onto the forms src/core/asm's
 * caller knows (int, unsigned int, long, unsigned long; arrays of int or long).
 */
import type { CFunction } from "../asm/index.ts";

export type AsmCFunction = CFunction;

/**
 * Globals and string literals live at fixed addresses from here up: src/core/asm places a call's
 * argument arrays from DATA_BASE (0x10000) up, and its stack grows down from STACK_TOP (0x30000)
 * to STACK_LIMIT (0x20000), so 0x14000–0x1bfff is clear of the stack; argument arrays of more
 * than 16 KB in all would reach it.
 */
export const GLOBALS_ADDRESS = 0x14000;
export const GLOBALS_LIMIT = 0x1c000;
