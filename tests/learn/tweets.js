window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "1790000000000000001" ], "editableUntil" : "2024-05-13T09:12:00.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ { "text" : "BrioPay", "indices" : [ "88", "96" ] } ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "96" ],
      "favorite_count" : "12",
      "id_str" : "1790000000000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1790000000000000001",
      "created_at" : "Mon May 13 08:12:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Vos virements arrivent désormais en dix secondes avec BrioPay. Nous avons tout testé &amp; validé. #BrioPay",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "Claire", "screen_name" : "claire_d", "indices" : [ "0", "9" ], "id_str" : "42", "id" : "42" } ], "urls" : [ ] },
      "id_str" : "1790000000000000002",
      "in_reply_to_status_id_str" : "1789999999999999999",
      "in_reply_to_status_id" : "1789999999999999999",
      "in_reply_to_user_id" : "42",
      "in_reply_to_screen_name" : "claire_d",
      "full_text" : "@claire_d Bonjour Claire, nous regardons votre dossier tout de suite.",
      "created_at" : "Mon May 13 09:00:00 +0000 2024",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "screen_name" : "fintechfr", "indices" : [ "3", "13" ] } ], "urls" : [ ] },
      "id_str" : "1790000000000000003",
      "full_text" : "RT @fintechfr: Les néobanques françaises accélèrent en 2024 &gt; notre dossier",
      "created_at" : "Mon May 13 10:00:00 +0000 2024",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ { "url" : "https://t.co/AbCdEf1234", "expanded_url" : "https://twitter.com/fintechfr/status/1789000000000000000", "display_url" : "twitter.com/fintechfr/stat…", "indices" : [ "52", "75" ] } ] },
      "id_str" : "1790000000000000004",
      "is_quote_status" : "true",
      "full_text" : "Une lecture utile pour préparer votre trésorerie. https://t.co/AbCdEf1234",
      "created_at" : "Tue May 14 08:00:00 +0000 2024",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "id_str" : "1790000000000000005",
      "full_text" : "Nouveau : vous pouvez bloquer votre carte depuis l’application, même sans réseau.",
      "created_at" : "Wed May 15 08:00:00 +0000 2024",
      "lang" : "fr"
    }
  }
]
