//! The WebAssembly build, run in headless Chromium by
//! `wasm-bindgen-test-runner` (see `scripts/test.sh`).

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn screens_a_text_cv_in_the_browser() {
    let reqs = "Førerkort klasse B\nPolitiattest";
    let cv = "Sertifikater\nFørerkort klasse BE\n";
    let json = sikte_wasm::screen_file(reqs, "kari.txt", cv.as_bytes(), "2026-11-27").unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["status"], "pass");
    assert_eq!(v["verdicts"][0]["verdict"], "met");
    assert_eq!(v["verdicts"][0]["evidence"][0]["text"], "Førerkort klasse BE");
    assert_eq!(v["verdicts"][1]["verdict"], "manual");
}

#[wasm_bindgen_test]
fn an_unreadable_file_is_flagged_not_dropped() {
    let json = sikte_wasm::screen_file("Førerkort klasse B", "cv.docx", b"PK\x03\x04garbage", "2026-11-27").unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["status"], "review");
    assert_eq!(v["verdicts"][0]["verdict"], "unclear");
}

#[wasm_bindgen_test]
fn interprets_requirements() {
    let v: serde_json::Value =
        serde_json::from_str(&sikte_wasm::interpret("B-körkort\n\n# note\nflytande svenska", "en").unwrap()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["kind"], "driving_licence");
    assert_eq!(v[1]["kind"], "language");
}

#[wasm_bindgen_test]
fn a_bad_date_is_an_error_not_a_panic() {
    assert!(sikte_wasm::screen_file("x", "a.txt", b"x", "yesterday").is_err());
}

#[wasm_bindgen_test]
fn text_from_pdfjs_gets_utf16_offsets_and_renders_like_the_cli() {
    let reqs = "Førerkort klasse B";
    let text = "Åse 😀\nFørerkort klasse B";
    let out = sikte_wasm::screen_text(reqs, "åse.pdf", text, "[]", true, "2026-11-27", "nb").unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let [s, e] = [
        v["evidence_utf16"][0][0][0].as_u64().unwrap() as usize,
        v["evidence_utf16"][0][0][1].as_u64().unwrap() as usize,
    ];
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), "Førerkort klasse B");
    let candidates = format!("[{}]", v["candidate"]);
    let json = sikte_wasm::render(reqs, &candidates, "json", "en").unwrap();
    assert!(json.starts_with("{\n  \"schema\": \"sikte.report/1\""), "{json}");
    assert!(sikte_wasm::render(reqs, &candidates, "csv", "en").unwrap().starts_with("file,status,"));
}
