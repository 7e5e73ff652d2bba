## player
