//! JSON Resume (`resume.json`, <https://jsonresume.org/schema>): turned into
//! plain text with headings in English, one entry per line, so the rules
//! read it as they read any CV. Evidence spans point into this text.

use serde_json::Value;
use sikte::{ExtractedText, Note};

/// Read a JSON Resume.
pub(crate) fn extract(bytes: &[u8]) -> ExtractedText {
    let (text, _) = crate::plain::decode(bytes);
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => return ExtractedText::unreadable(Note::new("warning.json_unreadable", &[("why", e.to_string())])),
    };
    let Some(obj) = value.as_object() else {
        return ExtractedText::unreadable(Note::new("warning.json_not_resume", &[]));
    };
    if !["basics", "work", "education", "skills"].iter().any(|k| obj.contains_key(*k)) {
        return ExtractedText::unreadable(Note::new("warning.json_not_resume", &[]));
    }
    let mut w = Writer::default();
    let basics = &value["basics"];
    w.line(&[s(&basics["name"])]);
    w.line(&[s(&basics["label"])]);
    w.line(&[s(&basics["summary"])]);
    section(&mut w, "Work experience", &value["work"], |w, e| {
        w.line(&[s(&e["position"]), s(&e["name"]).or(s(&e["company"]))]);
        w.line(&[dates(e)]);
        w.line(&[s(&e["summary"])]);
        bullets(w, &e["highlights"]);
    });
    section(&mut w, "Volunteer work", &value["volunteer"], |w, e| {
        w.line(&[s(&e["position"]), s(&e["organization"])]);
        w.line(&[dates(e)]);
        w.line(&[s(&e["summary"])]);
        bullets(w, &e["highlights"]);
    });
    section(&mut w, "Education", &value["education"], |w, e| {
        let degree = match (s(&e["studyType"]), s(&e["area"])) {
            (Some(t), Some(a)) => Some(format!("{t} in {a}")),
            (t, a) => t.or(a),
        };
        w.line(&[degree, s(&e["institution"])]);
        w.line(&[dates(e)]);
        bullets(w, &e["courses"]);
    });
    section(&mut w, "Certificates", &value["certificates"], |w, e| {
        w.line(&[s(&e["name"]), s(&e["issuer"]), s(&e["date"])]);
    });
    section(&mut w, "Awards", &value["awards"], |w, e| {
        w.line(&[s(&e["title"]), s(&e["awarder"]), s(&e["date"])]);
    });
    section(&mut w, "Languages", &value["languages"], |w, e| {
        w.line(&[s(&e["language"]), s(&e["fluency"])]);
    });
    section(&mut w, "Skills", &value["skills"], |w, e| {
        let keywords = e["keywords"].as_array().map(|k| k.iter().filter_map(s).collect::<Vec<_>>().join(", "));
        w.line(&[s(&e["name"]), s(&e["level"]), keywords.filter(|k| !k.is_empty())]);
    });
    section(&mut w, "Projects", &value["projects"], |w, e| {
        w.line(&[s(&e["name"])]);
        w.line(&[dates(e)]);
        w.line(&[s(&e["description"])]);
        bullets(w, &e["highlights"]);
    });
    ExtractedText::readable(w.out)
}

#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    /// One line of the present parts, joined by ", ".
    fn line(&mut self, parts: &[Option<String>]) {
        let present: Vec<&str> = parts.iter().flatten().map(|p| p.trim()).filter(|p| !p.is_empty()).collect();
        if !present.is_empty() {
            self.out.push_str(&present.join(", "));
            self.out.push('\n');
        }
    }
}

fn s(v: &Value) -> Option<String> {
    match v {
        Value::String(x) => Some(x.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// "2019-03 – present": JSON Resume dates are ISO; a missing end date means
/// the entry goes on.
fn dates(e: &Value) -> Option<String> {
    match (s(&e["startDate"]), s(&e["endDate"])) {
        (Some(start), Some(end)) => Some(format!("{start} – {end}")),
        (Some(start), None) => Some(format!("{start} – present")),
        (None, end) => end,
    }
}

fn bullets(w: &mut Writer, v: &Value) {
    for h in v.as_array().into_iter().flatten() {
        if let Some(t) = s(h) {
            w.out.push_str("- ");
            w.line(&[Some(t)]);
        }
    }
}

fn section(w: &mut Writer, heading: &str, v: &Value, each: impl Fn(&mut Writer, &Value)) {
    let Some(items) = v.as_array().filter(|a| !a.is_empty()) else { return };
    w.out.push('\n');
    w.out.push_str(heading);
    w.out.push('\n');
    for item in items {
        each(w, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_work_education_languages() {
        let json = r#"{"basics":{"name":"Kari Nordmann"},
            "work":[{"name":"Ahus","position":"Sykepleier","startDate":"2019-03"}],
            "education":[{"institution":"OsloMet","studyType":"Bachelor","area":"Sykepleie","endDate":"2019"}],
            "languages":[{"language":"Norsk","fluency":"Morsmål"}]}"#;
        let t = extract(json.as_bytes());
        assert!(t.readable);
        assert!(t.text.contains("Work experience\nSykepleier, Ahus\n2019-03 – present\n"), "{}", t.text);
        assert!(t.text.contains("Education\nBachelor in Sykepleie, OsloMet\n"), "{}", t.text);
        assert!(t.text.contains("Languages\nNorsk, Morsmål\n"));
    }

    #[test]
    fn other_json_is_unreadable() {
        assert!(!extract(b"[1,2,3]").readable);
        assert!(!extract(b"{\"foo\":1}").readable);
        assert!(!extract(b"{not json").readable);
    }
}
