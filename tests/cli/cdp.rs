//! A small driver of headless Chromium over the DevTools protocol (`--remote-debugging-pipe`:
//! JSON messages ended by a NUL byte, commands on the child's fd 3, answers and events on its
//! fd 4), so that a test can click and choose as a reader does and see what the page's script did.

use serde_json::{json, Value};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::FromRawFd;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

/// A headless Chromium driven through its pipe, with one page open.
pub struct Browser {
    child: Child,
    commands: File,
    messages: Receiver<Value>,
    next_id: u64,
    session: String,
    /// Console messages and uncaught exceptions of the page, as they came.
    pub console: Vec<String>,
}

/// A pipe whose ends are closed on exec (the child gets its own copies through `dup2`).
fn pipe() -> (i32, i32) {
    let mut fds = [0; 2];
    assert_eq!(
        unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) },
        0,
        "pipe2"
    );
    (fds[0], fds[1])
}

/// Puts `fd` at `target` in the child, kept open across exec.
fn place(fd: i32, target: i32) -> std::io::Result<()> {
    let result = if fd == target {
        unsafe { libc::fcntl(fd, libc::F_SETFD, 0) }
    } else {
        unsafe { libc::dup2(fd, target) }
    };
    if result < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

impl Browser {
    /// Starts `program` headless with a profile in `profile` and opens `url`, waiting until its
    /// document is loaded.
    pub fn open(program: &Path, profile: &Path, url: &str) -> Browser {
        let (command_read, command_write) = pipe();
        let (answer_read, answer_write) = pipe();
        let mut cmd = Command::new(program);
        cmd.args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"])
            .args([
                "--disable-extensions",
                "--disable-dev-shm-usage",
                "--remote-debugging-pipe",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // The child's fd 3 reads commands, its fd 4 writes answers.
        unsafe {
            cmd.pre_exec(move || {
                place(command_read, 3)?;
                place(answer_write, 4)
            });
        }
        let child = cmd.spawn().expect("start chromium");
        unsafe {
            libc::close(command_read);
            libc::close(answer_write);
        }
        let commands = unsafe { File::from_raw_fd(command_write) };
        let mut answers = unsafe { File::from_raw_fd(answer_read) };
        let (send, messages) = channel();
        std::thread::spawn(move || {
            let mut buffer = Vec::new();
            let mut chunk = [0u8; 65536];
            while let Ok(n) = answers.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                buffer.extend_from_slice(&chunk[..n]);
                while let Some(end) = buffer.iter().position(|&b| b == 0) {
                    let message: Value = serde_json::from_slice(&buffer[..end]).expect("a JSON message");
                    buffer.drain(..=end);
                    if send.send(message).is_err() {
                        return;
                    }
                }
            }
        });
        let mut browser = Browser {
            child,
            commands,
            messages,
            next_id: 0,
            session: String::new(),
            console: Vec::new(),
        };
        let target = browser.call(None, "Target.createTarget", json!({"url": "about:blank"}));
        let target = target["targetId"].as_str().expect("a target").to_owned();
        let attached = browser.call(
            None,
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        );
        browser.session = attached["sessionId"].as_str().expect("a session").to_owned();
        browser.page_call("Runtime.enable", json!({}));
        browser.page_call("Page.enable", json!({}));
        browser.page_call("Page.navigate", json!({"url": url}));
        browser.eval(
            "new Promise(done => document.readyState === 'complete' ? done(true) \
             : addEventListener('load', () => done(true)))",
        );
        browser
    }

    /// Sends a command (to the page's session when `session` is given) and returns its result;
    /// console messages and exceptions seen meanwhile are kept in [`Browser::console`].
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            message["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&message).unwrap();
        bytes.push(0);
        self.commands.write_all(&bytes).expect("write to chromium");
        loop {
            let m = self
                .messages
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("chromium gave no answer to {method} within a minute"));
            match m["method"].as_str() {
                Some("Runtime.consoleAPICalled") => {
                    let args: Vec<String> = m["params"]["args"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|a| a["value"].to_string())
                        .collect();
                    self.console
                        .push(format!("console.{}: {}", m["params"]["type"], args.join(" ")));
                }
                Some("Runtime.exceptionThrown") => {
                    self.console
                        .push(format!("exception: {}", m["params"]["exceptionDetails"]));
                }
                _ if m["id"] == id => {
                    assert!(m.get("error").is_none(), "{method}: {}", m["error"]);
                    return m["result"].clone();
                }
                _ => {}
            }
        }
    }

    fn page_call(&mut self, method: &str, params: Value) -> Value {
        let session = self.session.clone();
        self.call(Some(&session), method, params)
    }

    /// Evaluates `expression` in the page (awaiting a promise) and returns its value as JSON.
    pub fn eval(&mut self, expression: &str) -> Value {
        let params = json!({"expression": expression, "returnByValue": true, "awaitPromise": true});
        let result = self.page_call("Runtime.evaluate", params);
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {}",
            result["exceptionDetails"]
        );
        result["result"]["value"].clone()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
