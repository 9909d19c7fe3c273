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
    let out = sikte_wasm::screen_text(reqs, "åse.pdf", text, "[]", true, "[]", "2026-11-27", "nb").unwrap();
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

#[wasm_bindgen_test]
fn lints_requirements_without_blocking() {
    let v: serde_json::Value =
        serde_json::from_str(&sikte_wasm::lint("Førerkort klasse B\nDu er ung og nyutdannet", "en").unwrap()).unwrap();
    let w = v.as_array().unwrap();
    assert_eq!(w.len(), 2);
    assert_eq!(w[0]["line"], 2);
    assert_eq!(w[0]["ground"], "age");
    assert!(w[0]["reason"].as_str().unwrap().contains("13-1"));
    assert_eq!(sikte_wasm::lint("Erfaring fra ung bedrift", "nb").unwrap(), "[]");
    assert!(sikte_wasm::lint("x", "xx").is_err());
}

#[wasm_bindgen_test]
fn redactions_come_with_utf16_offsets() {
    let cv = "Åse Ødegård\nase@example.no | +47 912 34 567\n\nErfaring\nSykepleier";
    let v: serde_json::Value = serde_json::from_str(&sikte_wasm::redactions(cv).unwrap()).unwrap();
    let utf16: Vec<u16> = cv.encode_utf16().collect();
    let kinds: Vec<(&str, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let (s, e) = (r["start_utf16"].as_u64().unwrap() as usize, r["end_utf16"].as_u64().unwrap() as usize);
            assert_eq!(
                &cv[r["start"].as_u64().unwrap() as usize..r["end"].as_u64().unwrap() as usize],
                String::from_utf16(&utf16[s..e]).unwrap()
            );
            (r["kind"].as_str().unwrap(), String::from_utf16(&utf16[s..e]).unwrap())
        })
        .collect();
    assert_eq!(kinds[0], ("name", "Åse Ødegård".to_string()));
    assert!(kinds.contains(&("email", "ase@example.no".to_string())));
}

#[wasm_bindgen_test]
fn hidden_pdf_text_alone_does_not_meet_a_requirement() {
    let pages = r#"[{ "width": 595, "items": [
        { "s": "Kari Nordmann", "x": 40, "y": 800, "w": 80, "h": 12 },
        { "s": "Førerkort klasse B", "x": 40, "y": 780, "w": 90, "h": 1 }
    ] }]"#;
    let v: serde_json::Value = serde_json::from_str(&sikte_wasm::order_pdf_text(pages).unwrap()).unwrap();
    let text = v["text"].as_str().unwrap();
    let hidden = v["hidden"].to_string();
    assert_eq!(v["hidden"].as_array().unwrap().len(), 1, "{v}");
    let out =
        sikte_wasm::screen_text("Førerkort klasse B", "k.pdf", text, "[]", true, &hidden, "2026-11-27", "en").unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["candidate"]["verdicts"][0]["verdict"], "unclear", "{v}");
    assert_eq!(v["candidate"]["status"], "review");
    assert_eq!(v["hidden_utf16"].as_array().unwrap().len(), 1);
}
