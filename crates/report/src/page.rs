//! The frame of every page: the document head (with the policy that forbids loading anything), the
//! inline stylesheet and script, the header, the section links, a list of files.

use crate::html::Html;

/// The stylesheet, screen and print (`assets/report.css`).
const STYLE: &str = include_str!("assets/report.css");
/// The sorting and filtering script (`assets/report.js`).
const SCRIPT: &str = include_str!("assets/report.js");

/// What the page may load: nothing but its own inline style and script. A browser refuses (and
/// reports on its console) any attempt to fetch a font, an image, a script or a frame.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
                      img-src data:; base-uri 'none'; form-action 'none'";

/// A complete HTML document titled `title` whose `<body>` is written by `body`.
pub(crate) fn page(title: &str, body: impl FnOnce(&mut Html)) -> String {
    let mut h = Html::default();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .open(
            "meta",
            &[("http-equiv", "Content-Security-Policy"), ("content", POLICY)],
        )
        .raw("\n<meta name=\"generator\" content=\"steppe\">\n")
        .element("title", &[], title)
        .raw("\n<style>\n")
        .raw(STYLE)
        .raw("</style>\n</head>\n<body>\n");
    body(&mut h);
    h.raw("<script>\n")
        .raw(SCRIPT)
        .raw("</script>\n</body>\n</html>\n");
    h.finish()
}

/// The page's header: its title and a line on what it is.
pub(crate) fn header(h: &mut Html, title: &str, line: &str) {
    h.raw("<header>\n")
        .element("h1", &[], title)
        .raw("\n")
        .element("p", &[("class", "lede")], line)
        .raw("\n</header>\n");
}

/// Links to the page's sections.
pub(crate) fn nav(h: &mut Html, sections: &[(String, String)]) {
    h.raw("<nav aria-label=\"Sections\"><ul>");
    for (id, title) in sections {
        let href = format!("#{id}");
        h.raw("<li>").element("a", &[("href", &href)], title).raw("</li>");
    }
    h.raw("</ul></nav>\n<main>\n");
}

/// A section listing files as links (the files a build wrote).
pub(crate) fn files(h: &mut Html, id: &str, title: &str, files: &[String]) {
    h.open("section", &[("id", id)])
        .element("h2", &[], title)
        .raw("\n<ul class=\"files\">\n");
    for file in files {
        h.raw("<li>")
            .open("a", &[("href", file)])
            .element("code", &[], file)
            .raw("</a></li>\n");
    }
    h.raw("</ul>\n</section>\n");
}

/// The end of the main part (opened by [`nav`]).
pub(crate) fn end_main(h: &mut Html) {
    h.raw("</main>\n");
}

/// A section's start: `<section id>` with its heading and a line saying what it holds.
pub(crate) fn section_start(h: &mut Html, id: &str, title: &str, line: &str) {
    h.open("section", &[("id", id)])
        .element("h2", &[], title)
        .raw("\n");
    if !line.is_empty() {
        h.element("p", &[], line).raw("\n");
    }
}

/// A section's end.
pub(crate) fn section_end(h: &mut Html) {
    h.raw("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_loads_nothing_and_holds_its_style_and_script() {
        let html = page("a <b> page", |h| {
            h.element("p", &[], "body");
        });
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(html.contains("<title>a &lt;b&gt; page</title>"));
        assert!(html.contains("content=\"default-src &apos;none&apos;;"));
        for external in ["src=\"http", "href=\"http", "@import", "url(http", "<link"] {
            assert!(!html.contains(external), "{external}");
        }
        assert!(html.ends_with("</script>\n</body>\n</html>\n"));
    }
}
