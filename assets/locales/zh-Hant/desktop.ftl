## 桌面上的 Stillpoint：登入時開啟，以及從視窗之外要求的暫停（例如用快捷鍵執行 `stillpoint pause`）。

# 自動啟動項目的說明，會顯示在桌面「登入時開啟的程式」清單中。
desktop-autostart-comment = 登入時安靜地開啟 Stillpoint，讓書桌前的鐘聲可以響起
desktop-start-at-login = 登入時開啟 Stillpoint
desktop-start-at-login-hint = 它會安靜地以最小化的方式開啟；如果書桌前的鐘聲已開啟，鐘聲就會照常響起。
desktop-autostart-cannot-write = 無法讓 Stillpoint 在登入時開啟：無法寫入 { $path }（{ $reason }）。你也許可以確認這個資料夾可以寫入，然後再試一次。
desktop-autostart-cannot-remove = 無法讓 Stillpoint 不再於登入時開啟：無法移除 { $path }（{ $reason }）。你也許可以自己移除這個檔案。
desktop-pause-handed = 暫停會在已經開啟的 Stillpoint 視窗中開始。
desktop-cannot-listen = `stillpoint pause` 無法連到這個視窗（{ $reason }）；這個指令會改為開啟另一個視窗

## 命令列對上面這個選項與指令的說明。

help-background = 不加指令時：安靜地以最小化方式開啟程式，書桌前的鐘聲照常響起（和登入時開啟一樣）
help-pause = 現在做三分鐘的暫停，在已開啟的程式中，或在新視窗中
help-pause-long =
    現在做三分鐘的暫停，在已開啟的程式中，或在新視窗中。

    你可以在桌面設定一個快捷鍵來執行它，按一下就能暫停。
