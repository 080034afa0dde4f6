//! A minimal zip archive: stored entries (no compression), which every reader accepts and
//! which is all a DOCX needs. CRC-32 is the only computation.

fn crc32(data: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (i, slot) in table.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *slot = c;
    }
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// Builds an archive of `(name, content)` entries, in order.
pub fn stored(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    // 1 Jan 1980, 00:00: a fixed date keeps the files identical from one run to the next.
    let (time, date): (u16, u16) = (0, 0x0021);
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let name_len = name.len() as u16;
        let mut header = Vec::new();
        header.extend(0x0403_4b50u32.to_le_bytes());
        header.extend(20u16.to_le_bytes()); // version needed
        header.extend(0u16.to_le_bytes()); // flags
        header.extend(0u16.to_le_bytes()); // stored
        header.extend(time.to_le_bytes());
        header.extend(date.to_le_bytes());
        header.extend(crc.to_le_bytes());
        header.extend(size.to_le_bytes());
        header.extend(size.to_le_bytes());
        header.extend(name_len.to_le_bytes());
        header.extend(0u16.to_le_bytes()); // extra
        out.extend(&header);
        out.extend(name.as_bytes());
        out.extend(data);

        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // version made by
        central.extend(&header[4..]); // same fields as the local header, from "version needed"
        central.extend(0u16.to_le_bytes()); // comment length
        central.extend(0u16.to_le_bytes()); // disk
        central.extend(0u16.to_le_bytes()); // internal attributes
        central.extend(0u32.to_le_bytes()); // external attributes
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let central_offset = out.len() as u32;
    let count = entries.len() as u16;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(central_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
