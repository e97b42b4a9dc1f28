# Needs `pkgs', which nothing passes.
{ pkgs, ... }:
{ services.web.user = pkgs.user; }
