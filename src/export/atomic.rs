//! Placeholder (replaced by the export branch): write through a temporary file and rename.

use std::path::Path;

pub fn write_file(path: &Path, bytes: &[u8], source: Option<&Path>) -> std::io::Result<()> {
    let _ = source;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
