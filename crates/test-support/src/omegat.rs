//! OmegaT 3.6 run headless: the CAT tool both the TMX and the glossary exports are checked in.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{combined_output, require_file, require_tool};

/// Where Debian's `omegat` package puts OmegaT.
pub const OMEGAT_JAR: &str = "/usr/share/omegat/OmegaT.jar";

/// The `omegat.project` of [`OmegaT::create_project`]: en-US → ru-RU, default folders, sentence
/// segmentation, Lucene tokenizers.
const PROJECT_FILE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en-US</source_lang>
    <target_lang>ru-RU</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"#;

/// java and OmegaT's jar, found: run a project in console mode with [`OmegaT::translate`].
///
/// ```no_run
/// use steppe_test_support::OmegaT;
///
/// let Some(omegat) = OmegaT::require() else {
///     return; // skipped
/// };
/// let dir = std::env::temp_dir().join("steppe-omegat-example");
/// let project = OmegaT::create_project(&dir);
/// std::fs::write(project.join("source/doc.txt"), "The steppe.\n").unwrap();
/// let (ok, log) = omegat.translate(&project, &[]);
/// assert!(ok, "{log}");
/// ```
#[derive(Debug, Clone)]
pub struct OmegaT {
    java: PathBuf,
    jar: PathBuf,
}

impl OmegaT {
    /// OmegaT's jar ([`OMEGAT_JAR`]) and java, or `None` after the missing-tool rule
    /// ([`crate::skip_or_fail`]).
    #[track_caller]
    pub fn require() -> Option<OmegaT> {
        let jar = require_file("OmegaT", Path::new(OMEGAT_JAR))?;
        let java = require_tool("java", &["-version"])?;
        Some(OmegaT { java, jar })
    }

    /// An empty en-US → ru-RU project at `dir/project`: the folders OmegaT expects (`source`,
    /// `target`, `tm/auto`, `glossary`, `dictionary`, `omegat`) and `omegat.project`. Put the source
    /// documents, memories and glossaries in, then [`OmegaT::translate`].
    #[track_caller]
    pub fn create_project(dir: &Path) -> PathBuf {
        let project = dir.join("project");
        for sub in ["source", "target", "tm/auto", "glossary", "dictionary", "omegat"] {
            let path = project.join(sub);
            std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("creating {}: {e}", path.display()));
        }
        let file = project.join("omegat.project");
        std::fs::write(&file, PROJECT_FILE).unwrap_or_else(|e| panic!("writing {}: {e}", file.display()));
        project
    }

    /// Runs `--mode=console-translate` on `project` (headless, no locking, no team, its configuration
    /// in a `config` folder beside the project), with `extra` arguments such as `--script=…`; returns
    /// whether it succeeded and its stdout + stderr.
    #[track_caller]
    pub fn translate(&self, project: &Path, extra: &[String]) -> (bool, String) {
        let config = project.with_file_name("config");
        std::fs::create_dir_all(&config).unwrap_or_else(|e| panic!("creating {}: {e}", config.display()));
        combined_output(
            Command::new(&self.java)
                .args(["-Djava.awt.headless=true", "-jar"])
                .arg(&self.jar)
                .arg("--mode=console-translate")
                .arg(format!("--config-dir={}", config.display()))
                .args(["--disable-project-locking", "--no-team"])
                .args(extra)
                .arg(project),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_has_the_folders_and_settings_omegat_reads() {
        let dir = std::env::temp_dir().join(format!("steppe-test-support-{}", std::process::id()));
        let project = OmegaT::create_project(&dir);
        assert!(project.join("tm/auto").is_dir() && project.join("glossary").is_dir());
        let settings = std::fs::read_to_string(project.join("omegat.project")).unwrap();
        assert!(settings.contains("<source_lang>en-US</source_lang>"));
        assert!(settings.contains("<target_lang>ru-RU</target_lang>"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
