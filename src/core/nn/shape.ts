/**
 * The shapes every part of the digits model agrees on, in a module with no code, so a widget's
 * first chunk can name them without pulling in the decoder or the network.
 */
export const PIXELS_PER_IMAGE = 64;
export const DIGIT_COUNT = 10;
