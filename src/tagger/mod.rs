//! A statistical Arabic named-entity tagger trained on ANERcorp. Never imports the GUI.

pub mod cli;
