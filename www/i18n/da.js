// Translation pending: falls back to English until filled in.
export default {};
