## session：練習頁面、快速計時，以及練習格式中的用語在畫面上的寫法（檔案本身保留原來的拼寫）。

## 練習頁面

session-domain-and-lens = { $domain } · 視角：{ $lens }
session-minutes = 分鐘
session-open-ended-note = 不限時：直到你結束為止。
session-start = 開始
session-saving-wav = 正在存成 WAV 檔……
session-saved-as = 已存成 { $path }
session-not-saved = 無法儲存：{ $problem }
session-save-wav = 存成 WAV 檔
session-save-wav-hint = 把整個練習存成一個聲音檔，隨處都能聆聽或分享
session-preview = 預覽（供編寫者使用）
session-preview-note = 從任何一個步驟開始播放練習：以 1x 播放並有聲音，或加快速度、靜音並顯示每一聲鐘聲。預覽不會記錄。
session-preview-from = 從這個步驟開始
session-preview-at = 以 { $speed }x 預覽
session-timeline-counts = { $steps } 個步驟，{ $bells } 聲鐘聲

## 快速計時

session-timer-minutes-between = 鐘聲之間的分鐘數（0 表示不響）
session-timer-bell = 鐘聲
session-timer-ambient = 背景聲音
session-timer-silence = 安靜
session-timer-presets = 常用的計時
session-timer-preset-name = 為這個計時取個名字
session-timer-save-preset = 儲存為常用設定
session-timer-preset = { $name } · { $minutes } 分鐘
# 快速計時所播放的練習的標題、摘要與步驟。
session-timer-title = 快速計時，{ $minutes } 分鐘
session-timer-summary = 一個計時器。
session-timer-step = 靜坐

## 領域與視角

session-domain-mindfulness = 正念
session-domain-compassion = 慈悲
session-domain-well-being = 身心安康
session-domain-timer = 計時
session-lens-self = 自我
session-lens-each-other = 彼此
session-lens-system = 系統

## 內建的鐘聲與背景聲音

session-bell-singing-bowl = 頌缽
session-bell-low-singing-bowl = 低音頌缽
session-bell-high-singing-bowl = 高音頌缽
session-bell-small-bell = 小鈴
session-bell-gong = 鑼
session-bell-wood-block = 木魚
session-ambient-brown-noise = 棕色噪音
session-ambient-pink-noise = 粉紅噪音
session-ambient-rain = 雨聲
session-ambient-wind = 風聲
session-ambient-stream = 溪流

## 長度：一段時間的各個部分，以空格分開（「1 小時 10 分鐘」），以及練習的長度

session-duration-hours = { $count } 小時
session-duration-minutes = { $count } 分鐘
session-duration-seconds = { $count } 秒
session-duration-millis = { $count } 毫秒
session-length-range = { $min } 至 { $max }（預設 { $default }）
session-length-open-ended = 不限時
