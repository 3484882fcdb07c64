import { customAlphabet } from "nanoid";

// 7 characters of base62 ≈ 3.5e12 IDs: short enough to read aloud, collisions are retried.
export const generateRedirectId = customAlphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 7);
