"""The command-line front ends (`kiosk check`, `kiosk stats`, ...); only `snapshot` starts Qt."""
