//! Forward throughput per scheme in CPU time, for a machine shared with other work (criterion's
//! wall-clock figures, `benches/forward.rs`, swing with the load; the CPU time a thread spends is
//! what "MB/s on one core" means). Linux only: reads `/proc/thread-self/schedstat`.
//!
//! `cargo run --release -p steppe-translit --example forward_throughput -- [MB] [ROUNDS]` (default 20 MB, 5
//! rounds) prints, per scheme, MB/s (10^6 bytes of input per CPU second) over the best round.

#[path = "../benches/text.rs"]
mod text;

use std::time::Instant;

/// Nanoseconds this thread has run on a CPU.
fn cpu_ns() -> u64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").expect("Linux schedstat");
    stat.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("schedstat field")
}

fn main() {
    let mut args = std::env::args()
        .skip(1)
        .map(|a| a.parse::<usize>().expect("a number"));
    let mb = args.next().unwrap_or(20);
    let rounds = args.next().unwrap_or(5);
    let input = text::mixed_russian(mb * 1_000_000);
    let mut out = String::with_capacity(input.len() * 2);
    println!(
        "input: {} bytes of mixed Russian, best of {rounds} rounds",
        input.len()
    );
    println!("{:<22} {:>10} {:>10}", "scheme", "MB/s cpu", "MB/s wall");
    let mut slowest = f64::MAX;
    for s in steppe_translit::schemes() {
        let (mut best_cpu, mut best_wall) = (u64::MAX, f64::MAX);
        for _ in 0..rounds {
            out.clear();
            let (c0, w0) = (cpu_ns(), Instant::now());
            s.transliterate_into(&input, &mut out);
            best_cpu = best_cpu.min(cpu_ns() - c0);
            best_wall = best_wall.min(w0.elapsed().as_secs_f64());
        }
        let cpu = input.len() as f64 / (best_cpu as f64 / 1e9) / 1e6;
        let wall = input.len() as f64 / best_wall / 1e6;
        slowest = slowest.min(cpu);
        println!(
            "{:<22} {cpu:>10.0} {wall:>10.0}",
            format!("{}/{}", s.lang(), s.name())
        );
    }
    println!("slowest: {slowest:.0} MB/s (CPU time)");
}
