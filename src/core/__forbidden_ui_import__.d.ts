// tsconfig.core.json maps preact, @preact/* and astro here: src/core must not use them, and this
// empty module makes any such import fail the core type check (lint says so in words too).
export {};
