-- baokan for Neovim 0.11+: put this folder on 'runtimepath' (or copy this file to
-- ~/.config/nvim/lsp/baokan.lua) and call vim.lsp.enable("baokan").
return {
  cmd = { "baokan", "lsp" },
  filetypes = { "text" },
  root_markers = { "baokan.toml", ".git" },
}
