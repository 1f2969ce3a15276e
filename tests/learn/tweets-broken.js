window.YTD.tweets.part0 = [
  { "tweet" : { "id_str" : "1", "full_text" : "Premier tweet, intact." } },
  { "tweet" : { "id_str" : "2" "full_text" : "Deuxième tweet, virgule perdue." } },
  { "tweet" : { "id_str" : "3" } },
  { "tweet" : { "id_str" : "4", "full_text" : "Quatrième tweet, intact lui aussi." } }
]
