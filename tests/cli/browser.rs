//! The review pages in a real browser: Chromium, headless (Debian's `chromium`, installed by
//! `.ci/run`). Each page is rendered with the console logged to stderr (any console message
//! fails: a script error, a refused load under the page's Content-Security-Policy), its DOM is
//! dumped after the script ran (rows equal the JSON entries; a filter taken from the URL fragment
//! hides the rows it should), a screenshot is kept under `target/tmp/report/`, and the page is
//! printed to PDF (A4 landscape, no controls, every context unfolded). One test drives the page
//! over the DevTools pipe (`cdp.rs`): clicks a column head, chooses a filter, follows a summary
//! link, as a reader does. Without
//! Chromium the tests skip with a line, unless `STEPPE_REQUIRE_INTEROP=1`.

use crate::report::{sample_json, table_rows, write_pair};
use crate::util::{run_ok, SAMPLE};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where the screenshots are kept (a test artefact: `target/tmp/report/`).
fn artefacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A headless Chromium with a profile of its own (so runs in parallel do not share one).
struct Chromium {
    program: PathBuf,
    profile: tempfile::TempDir,
}

/// What a page gave: its DOM after the script ran, and the console messages.
struct Rendered {
    dom: String,
    console: Vec<String>,
}

impl Chromium {
    fn find() -> Option<Chromium> {
        let program = steppe_test_support::require_tool("chromium", &["--version"])?;
        Some(Chromium {
            program,
            profile: tempfile::tempdir().unwrap(),
        })
    }

    /// Runs Chromium on `url` with `args`, within a minute; returns stdout and stderr.
    fn run(&self, url: &str, args: &[&str]) -> (String, String) {
        let profile = format!("--user-data-dir={}", self.profile.path().display());
        let mut child = Command::new(&self.program)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"])
            .args([
                "--disable-extensions",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                &profile,
            ])
            .args(["--enable-logging=stderr", "--v=0"])
            .args(args)
            .arg(url)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start chromium");
        let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
        let reader = std::thread::spawn(move || {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut err, &mut s).unwrap();
            s
        });
        let mut stdout = String::new();
        std::io::Read::read_to_string(&mut out, &mut stdout).unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while child.try_wait().unwrap().is_none() {
            if Instant::now() > deadline {
                child.kill().unwrap();
                panic!("chromium took over a minute on {url}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        (stdout, reader.join().unwrap())
    }

    /// The DOM of the page at `url` after its script ran, and its console messages.
    fn render(&self, url: &str) -> Rendered {
        let (dom, log) = self.run(url, &["--dump-dom"]);
        let console = log
            .lines()
            .filter(|l| l.contains(":CONSOLE"))
            .map(str::to_owned)
            .collect();
        assert!(dom.contains("</html>"), "no DOM for {url}: {log}");
        Rendered { dom, console }
    }

    /// A screenshot of the page at `url` into `png`.
    fn screenshot(&self, url: &str, png: &Path) {
        let shot = format!("--screenshot={}", png.display());
        let (_, log) = self.run(url, &[&shot, "--window-size=1400,1600"]);
        let bytes =
            std::fs::read(png).unwrap_or_else(|e| panic!("no screenshot {}: {e}\n{log}", png.display()));
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000,
            "{}",
            png.display()
        );
    }
}

fn url(page: &Path, fragment: &str) -> String {
    format!("file://{}{fragment}", page.canonicalize().unwrap().display())
}

/// How many spans of `steppe refs --format json` carry a mixed-schemes flag.
fn mixed_scheme_spans(refs: &[serde_json::Value]) -> usize {
    refs.iter()
        .filter(|s| {
            s["flags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f.as_str().unwrap().starts_with("mixed"))
        })
        .count()
}

/// How many rows of `id` are shown.
fn shown(dom: &str, id: &str) -> usize {
    table_rows(dom, id).1
}

#[test]
fn a_console_error_is_caught() {
    let Some(chromium) = Chromium::find() else {
        return;
    };
    // The check itself: a page that logs an error and fetches a font against its policy.
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("bad.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" \
         content=\"default-src 'none'; script-src 'unsafe-inline'\"><title>bad</title></head>\
         <body><img src=\"https://example.invalid/x.png\"><script>console.error('broken')</script></body></html>",
    )
    .unwrap();
    let r = chromium.render(&url(&page, ""));
    assert!(r.console.iter().any(|l| l.contains("broken")), "{:?}", r.console);
    assert!(
        r.console.iter().any(|l| l.contains("Content Security Policy")),
        "{:?}",
        r.console
    );
}

#[test]
fn the_sample_page_renders_cleanly_and_its_filters_show_the_rows_meant() {
    let Some(chromium) = Chromium::find() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("sample.report.html");
    run_ok(&["report", SAMPLE, "-o", page.to_str().unwrap()], None);
    let (entries, refs, names) = sample_json();

    let r = chromium.render(&url(&page, ""));
    assert!(r.console.is_empty(), "console: {:?}", r.console);
    for (id, n) in [
        ("glossary-table", entries.len()),
        ("references-table", refs.len()),
        ("names-table", names.len()),
    ] {
        assert_eq!(table_rows(&r.dom, id), (table_rows(&r.dom, id).0, n), "{id}");
    }
    let all = format!("{} of {} shown", entries.len(), entries.len());
    assert!(r.dom.contains(&all), "the script counted the rows");

    // Filters from the fragment: acronyms, mixed-scheme references, names spelled two ways.
    let fragment = "#glossary-kind=acronym&references-flag=mixed&names-flag=variants";
    let r = chromium.render(&url(&page, fragment));
    assert!(r.console.is_empty(), "console: {:?}", r.console);
    let acronyms = entries.iter().filter(|e| e["kind"] == "acronym").count();
    let mixed = mixed_scheme_spans(&refs);
    let variants = names
        .iter()
        .filter(|c| c["variants"].as_array().unwrap().len() > 1)
        .count();
    assert!(0 < acronyms && acronyms < entries.len() && mixed > 0 && variants > 0);
    assert_eq!(shown(&r.dom, "glossary-table"), acronyms);
    assert_eq!(shown(&r.dom, "references-table"), mixed);
    assert_eq!(shown(&r.dom, "names-table"), variants);
    assert!(r.dom.contains(&format!("{acronyms} of {} shown", entries.len())));
    // A flag filter on the glossary: the Russian the termbase has no record for.
    let r = chromium.render(&url(&page, "#glossary-flag=no_ru"));
    let no_ru = entries
        .iter()
        .filter(|e| e["flags"].as_array().unwrap().iter().any(|f| f == "no_ru"))
        .count();
    assert!(no_ru > 0);
    assert_eq!(shown(&r.dom, "glossary-table"), no_ru);
    assert_eq!(
        shown(&r.dom, "references-table"),
        refs.len(),
        "other tables unfiltered"
    );

    // Sorted from the fragment (as a click on a column head sorts and records it): the glossary by
    // count, largest first, ties in the page's order.
    let r = chromium.render(&url(&page, "#glossary-sort=7-desc"));
    assert!(r.console.is_empty(), "console: {:?}", r.console);
    let mut counts: Vec<u64> = entries.iter().map(|e| e["count"].as_u64().unwrap()).collect();
    counts.sort_by(|a, b| b.cmp(a));
    assert_eq!(values(&r.dom, "glossary-table"), counts);
    assert!(r.dom.contains(
        "<th scope=\"col\" data-type=\"number\" aria-sort=\"descending\"><button type=\"button\">Count"
    ));

    chromium.screenshot(&url(&page, ""), &artefacts().join("sample.report.png"));
}

#[test]
fn clicks_sort_and_choices_filter_as_a_reader_uses_the_page() {
    let Some(chromium) = Chromium::find() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("sample.report.html");
    run_ok(&["report", SAMPLE, "-o", page.to_str().unwrap()], None);
    let (entries, refs, _) = sample_json();
    let mut b = crate::cdp::Browser::open(&chromium.program, chromium.profile.path(), &url(&page, ""));
    let counts = "Array.from(document.querySelectorAll('#glossary-table tbody td.num')).map(td => Number(td.dataset.value))";
    let click_count = "document.querySelectorAll('#glossary-table thead th button')[6].click()";
    let mut want: Vec<u64> = entries.iter().map(|e| e["count"].as_u64().unwrap()).collect();
    want.sort();
    // the Count head: ascending, then descending, and the fragment says so
    let got = b.eval(&format!("{click_count}; {counts}"));
    assert_eq!(got, serde_json::json!(want));
    want.reverse();
    let got = b.eval(&format!("{click_count}; {counts}"));
    assert_eq!(got, serde_json::json!(want));
    assert_eq!(b.eval("location.hash"), "#glossary-sort=7-desc");
    // choosing a kind hides the other rows, counts them, and joins the fragment
    let acronyms = entries.iter().filter(|e| e["kind"] == "acronym").count();
    let shown = b.eval(
        "const s = document.getElementById('glossary-kind'); s.value = 'acronym'; \
         s.dispatchEvent(new Event('change')); \
         [document.querySelectorAll('#glossary-table tbody tr:not([hidden])').length, \
          document.querySelector('form[data-key=glossary] output').textContent, location.hash]",
    );
    let all = entries.len();
    assert_eq!(
        shown,
        serde_json::json!([
            acronyms,
            format!("{acronyms} of {all} shown"),
            "#glossary-kind=acronym&glossary-sort=7-desc"
        ])
    );
    // a link of the summary filters the references
    let mixed = mixed_scheme_spans(&refs);
    let shown = b.eval(
        "(async () => { document.querySelector('a[href=\"#references-flag=mixed\"]').click(); \
         await new Promise(done => setTimeout(done, 300)); \
         return [document.querySelectorAll('#references-table tbody tr:not([hidden])').length, \
                 document.querySelectorAll('#glossary-table tbody tr:not([hidden])').length]; })()",
    );
    assert_eq!(
        shown,
        serde_json::json!([mixed, all]),
        "the link's filter replaces the others"
    );
    assert!(b.console.is_empty(), "console: {:?}", b.console);
}

#[test]
fn a_build_index_and_its_pages_render_cleanly_and_every_link_resolves() {
    let Some(chromium) = Chromium::find() else {
        return;
    };
    let corpus = tempfile::tempdir().unwrap();
    let (_, _) = write_pair(corpus.path());
    std::fs::copy(
        crate::util::root().join(SAMPLE),
        corpus.path().join("sample.en.txt"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    run_ok(
        &[
            "build",
            corpus.path().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
        ],
        None,
    );
    let index = out.path().join("index.html");
    let r = chromium.render(&url(&index, ""));
    assert!(r.console.is_empty(), "console: {:?}", r.console);
    // a row per page: the English text of the pair and the sample
    let (rows, shown) = table_rows(&r.dom, "texts-table");
    assert_eq!((rows.len(), shown), (2, 2));
    // every link of the index is a file the build wrote, and every file written is linked
    let mut links: Vec<&str> = r
        .dom
        .split("href=\"")
        .skip(1)
        .map(|h| &h[..h.find('"').unwrap()])
        .collect();
    links.retain(|l| !l.starts_with('#'));
    links.sort();
    links.dedup();
    let mut written: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "index.html")
        .collect();
    written.sort();
    assert_eq!(links, written);
    for page in ["meeting.en.report.html", "sample.en.report.html"] {
        let r = chromium.render(&url(&out.path().join(page), ""));
        assert!(r.console.is_empty(), "{page}: console: {:?}", r.console);
        assert!(r.dom.contains("<section id=\"files\">"), "{page}");
    }
    chromium.screenshot(&url(&index, ""), &artefacts().join("index.png"));
}

#[test]
fn the_sample_page_prints_on_landscape_pages_without_its_controls() {
    let Some(chromium) = Chromium::find() else {
        return;
    };
    let Some(pdftotext) = steppe_test_support::require_tool("pdftotext", &["-v"]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("sample.report.html");
    run_ok(&["report", SAMPLE, "-o", page.to_str().unwrap()], None);
    let pdf = artefacts().join("sample.report.pdf");
    let print = format!("--print-to-pdf={}", pdf.display());
    chromium.run(
        &url(&page, "#glossary-kind=acronym"),
        &[&print, "--no-pdf-header-footer"],
    );
    let text =
        steppe_test_support::stdout_of(Command::new(pdftotext).args(["-layout", pdf.to_str().unwrap(), "-"]));
    // the filter's state is printed, its controls and the section links are not
    let (entries, _, _) = sample_json();
    let acronyms = entries.iter().filter(|e| e["kind"] == "acronym").count();
    assert!(
        text.contains(&format!("{acronyms} of {} shown", entries.len())),
        "{text}"
    );
    assert!(
        !text.contains("termbase, unverified ("),
        "a select's options printed"
    );
    let nav = |l: &str| l.split_whitespace().take(2).eq(["Summary", "Glossary"]);
    assert!(!text.lines().any(nav), "the section links printed");
    // every context sentence, the folded ones too (CSTO's second)
    assert!(text.contains("In the long-term perspective, therefore"), "{text}");
    // A4 landscape
    let info = steppe_test_support::stdout_of(Command::new("pdfinfo").arg(&pdf));
    assert!(info.contains("841.92 x 594.96 pts (A4)"), "{info}");
}

/// The `data-value`s of table `id`'s cells in the order the rows stand.
fn values(dom: &str, id: &str) -> Vec<u64> {
    let table = &dom[dom.find(&format!("<table id=\"{id}\"")).unwrap()..];
    let body = &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()];
    body.split("data-value=\"")
        .skip(1)
        .map(|v| v[..v.find('"').unwrap()].parse().unwrap())
        .collect()
}

#[test]
fn the_pair_page_renders_cleanly_and_shows_the_sentence_alone() {
    let Some(chromium) = Chromium::find() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = write_pair(dir.path());
    let page = dir.path().join("meeting.report.html");
    run_ok(&["report", &en, &ru, "-o", page.to_str().unwrap()], None);
    let r = chromium.render(&url(&page, ""));
    assert!(r.console.is_empty(), "console: {:?}", r.console);
    let (rows, all) = table_rows(&r.dom, "alignment-table");
    assert_eq!(all, rows.len());
    let r = chromium.render(&url(&page, "#alignment-flag=one-sided"));
    assert_eq!(shown(&r.dom, "alignment-table"), 1);
    chromium.screenshot(&url(&page, ""), &artefacts().join("meeting.report.png"));
}
