//! Writes the benchmark memory and times the write:
//!
//! ```sh
//! cargo run --release -p steppe-tmx --example generate -- /tmp/bench-200k.tmx 200000
//! ```
//!
//! The units are built in memory first; only writing them (through a 64 KiB `BufWriter`) is timed.

#[path = "../benches/synthetic.rs"]
mod synthetic;

use std::io::BufWriter;
use std::time::Instant;
use steppe_tmx::{Header, Writer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: generate OUT.tmx [UNITS]")?;
    let n: u64 = args.next().map_or(Ok(200_000), |s| s.parse())?;
    let units: Vec<_> = (0..n).map(synthetic::unit).collect();
    // Serialising alone, into memory.
    let start = Instant::now();
    let mut writer = Writer::new(Vec::with_capacity(160 << 20), &Header::new("en"))?;
    for u in &units {
        writer.write_unit(u)?;
    }
    let bytes = writer.finish()?.0;
    println!(
        "serialised {n} units, {:.1} MB, in memory in {:.3} s",
        bytes.len() as f64 / 1e6,
        start.elapsed().as_secs_f64()
    );
    drop(bytes);
    // Writing the file (to the page cache; fsync timed separately).
    let start = Instant::now();
    let file = BufWriter::with_capacity(1 << 16, std::fs::File::create(&path)?);
    let mut writer = Writer::new(file, &Header::new("en"))?;
    for u in &units {
        writer.write_unit(u)?;
    }
    let (file, warnings) = writer.finish()?;
    let file = file.into_inner().map_err(|e| e.into_error())?;
    let elapsed = start.elapsed();
    file.sync_all()?;
    println!(
        "fsync took {:.3} s more",
        (start.elapsed() - elapsed).as_secs_f64()
    );
    let size = std::fs::metadata(&path)?.len();
    println!(
        "wrote {n} units, {:.1} MB, in {:.3} s ({:.0} MB/s), {} warnings",
        size as f64 / 1e6,
        elapsed.as_secs_f64(),
        size as f64 / 1e6 / elapsed.as_secs_f64(),
        warnings.len()
    );
    Ok(())
}
