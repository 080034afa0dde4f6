//! The texts the rules cite, each one value: the rule lists it, and the French prose and the
//! list of articles are both rendered from that same value (`texts::fr`).

use serde::Serialize;
use std::fmt;

/// An article, a decision or a regulation, as the visitor reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cite(pub &'static str);

impl fmt::Display for Cite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

pub const C_COM_L441_10_II: Cite = Cite("C. com. L441-10 II");
pub const C_COM_L622_17: Cite = Cite("C. com. L622-17");
/// Its counterpart in liquidation judiciaire (AUDIT I4).
pub const C_COM_L641_13: Cite = Cite("C. com. L641-13");
pub const C_COM_L622_21: Cite = Cite("C. com. L622-21");
pub const C_COM_L622_24: Cite = Cite("C. com. L622-24");
pub const C_COM_R622_24: Cite = Cite("C. com. R622-24");
pub const C_COM_L622_26: Cite = Cite("C. com. L622-26");
pub const C_COM_L622_28: Cite = Cite("C. com. L622-28");
pub const C_COM_L624_9: Cite = Cite("C. com. L624-9");
pub const C_COM_L624_16: Cite = Cite("C. com. L624-16");
pub const C_COM_R624_13: Cite = Cite("C. com. R624-13");
pub const C_COM_L110_4: Cite = Cite("C. com. L110-4");
pub const C_CIV_2224: Cite = Cite("C. civ. 2224");
pub const C_CIV_2219: Cite = Cite("C. civ. 2219");
pub const C_CONSO_L218_2: Cite = Cite("C. conso. L218-2");
pub const C_CIV_2240_2244: Cite = Cite("C. civ. 2240 à 2244");
pub const C_CIV_1344: Cite = Cite("C. civ. 1344");
pub const C_CIV_1344_1: Cite = Cite("C. civ. 1344-1");
pub const C_CIV_1231_6: Cite = Cite("C. civ. 1231-6");
pub const C_CIV_2238: Cite = Cite("C. civ. 2238");
pub const CCP_L2192_13: Cite = Cite("CCP L2192-13");
pub const CPCE_L125_1: Cite = Cite("CPCE L125-1");
pub const CPCE_R125_1_8: Cite = Cite("CPCE R125-1 à R125-8");
pub const CPCE_L111_3: Cite = Cite("CPCE L111-3");
pub const CPCE_L111_4: Cite = Cite("CPCE L111-4");
pub const CPC_1405_1425: Cite = Cite("CPC 1405 à 1425");
pub const CPC_1406: Cite = Cite("CPC 1406");
pub const CPC_1411: Cite = Cite("CPC 1411");
pub const CPC_1416: Cite = Cite("CPC 1416");
pub const CPC_873_2: Cite = Cite("CPC 873 al. 2");
pub const CPC_835_2: Cite = Cite("CPC 835 al. 2");
pub const CPC_750: Cite = Cite("CPC 750 et suivants");
pub const CPC_750_1: Cite = Cite("CPC 750-1");
pub const CPC_853: Cite = Cite("CPC 853");
pub const CPC_1528: Cite = Cite("CPC 1528 et suivants");
pub const CJA_R541_1: Cite = Cite("CJA R541-1");
pub const CJA_R421_1: Cite = Cite("CJA R421-1");
pub const CJA_L213_6: Cite = Cite("CJA L213-6");
pub const REG_1896_2006: Cite = Cite("Règl. (CE) 1896/2006");
pub const REG_1896_2006_ART_21: Cite = Cite("Règl. (CE) 1896/2006, art. 21");
/// The EC–Denmark agreement of 19 Oct 2005 extends the Brussels I rules on jurisdiction and
/// judgments to Denmark (in force 1 Jul 2007).
pub const EC_DENMARK_AGREEMENT_2005: Cite =
    Cite("Accord CE–Danemark du 19 octobre 2005 (JO L 299 du 16 novembre 2005)");
pub const CPC_1424: Cite = Cite("CPC 1424-1 à 1424-15");
pub const REG_861_2007_ART_2: Cite = Cite("Règl. (CE) 861/2007, art. 2");
pub const REG_2015_2421: Cite = Cite("Règl. (UE) 2015/2421");
pub const CPC_1382_1391: Cite = Cite("CPC 1382 à 1391");
