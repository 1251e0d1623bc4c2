{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 6,
			"revision": 0,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			100.0,
			100.0,
			1100.0,
			700.0
		],
		"openrect": [
			0.0,
			0.0,
			560.0,
			169.0
		],
		"bglocked": 0,
		"openinpresentation": 1,
		"default_fontsize": 10.0,
		"default_fontface": 0,
		"default_fontname": "Arial Bold",
		"gridonopen": 1,
		"gridsize": [
			8.0,
			8.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"boxanimatetime": 500,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 560.0,
		"description": "SERGIK AI: chords, bass, arpeggios and drums generated and humanized inside Live.",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"boxes": [
			{
				"box": {
					"id": "obj-1",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"patching_rect": [
						4.0,
						20.0,
						45.0,
						22.0
					],
					"text": "midiin"
				}
			},
			{
				"box": {
					"id": "obj-2",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 11,
					"outlettype": [
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						""
					],
					"patching_rect": [
						20.0,
						300.0,
						420.0,
						22.0
					],
					"text": "mxj ai.sergik.device.SergikDevice"
				}
			},
			{
				"box": {
					"id": "obj-3",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"patching_rect": [
						20.0,
						340.0,
						40.0,
						22.0
					],
					"text": "iter"
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20.0,
						380.0,
						55.0,
						22.0
					],
					"text": "midiout"
				}
			},
			{
				"box": {
					"id": "obj-5",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"bang",
						"int",
						"int"
					],
					"patching_rect": [
						480.0,
						20.0,
						90.0,
						22.0
					],
					"text": "live.thisdevice"
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						""
					],
					"patching_rect": [
						480.0,
						60.0,
						110.0,
						22.0
					],
					"text": "live.path live_set"
				}
			},
			{
				"box": {
					"id": "obj-7",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						480.0,
						100.0,
						140.0,
						22.0
					],
					"text": "live.observer tempo"
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						640.0,
						100.0,
						100.0,
						22.0
					],
					"text": "prepend tempo"
				}
			},
			{
				"box": {
					"id": "obj-9",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						480.0,
						130.0,
						140.0,
						22.0
					],
					"text": "live.observer is_playing"
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						640.0,
						130.0,
						100.0,
						22.0
					],
					"text": "prepend transport"
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						480.0,
						160.0,
						140.0,
						22.0
					],
					"text": "live.observer current_song_time"
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						640.0,
						160.0,
						100.0,
						22.0
					],
					"text": "prepend beat"
				}
			},
			{
				"box": {
					"id": "obj-16",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						""
					],
					"patching_rect": [
						100.0,
						420.0,
						60.0,
						22.0
					],
					"text": "live.path"
				}
			},
			{
				"box": {
					"id": "obj-17",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						200.0,
						480.0,
						80.0,
						22.0
					],
					"text": "live.object"
				}
			},
			{
				"box": {
					"id": "obj-18",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 4,
					"outlettype": [
						"dictionary",
						"",
						"",
						""
					],
					"patching_rect": [
						240.0,
						420.0,
						40.0,
						22.0
					],
					"text": "dict"
				}
			},
			{
				"box": {
					"id": "obj-19",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						240.0,
						450.0,
						170.0,
						22.0
					],
					"text": "prepend call add_new_notes"
				}
			},
			{
				"box": {
					"id": "obj-20",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						300.0,
						380.0,
						250.0,
						20.0
					],
					"text": "Java missing? If this line stays, install a JDK (8 or newer) and restart Live",
					"presentation": 1,
					"presentation_rect": [
						6.0,
						148.0,
						420.0,
						18.0
					]
				}
			},
			{
				"box": {
					"id": "obj-21",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						440.0,
						340.0,
						120.0,
						22.0
					],
					"text": "prepend set sidecar:"
				}
			},
			{
				"box": {
					"id": "obj-22",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						440.0,
						380.0,
						120.0,
						20.0
					],
					"text": "sidecar: absent",
					"presentation": 1,
					"presentation_rect": [
						430.0,
						148.0,
						124.0,
						18.0
					]
				}
			},
			{
				"box": {
					"id": "obj-23",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						32.0,
						560.0,
						60.0,
						20.0
					],
					"text": "Style",
					"presentation": 1,
					"presentation_rect": [
						6.0,
						2.0,
						88.0,
						16.0
					]
				}
			},
			{
				"box": {
					"id": "obj-24",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						220.0,
						560.0,
						60.0,
						20.0
					],
					"text": "Key",
					"presentation": 1,
					"presentation_rect": [
						100.0,
						2.0,
						88.0,
						16.0
					]
				}
			},
			{
				"box": {
					"id": "obj-25",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						408.0,
						560.0,
						60.0,
						20.0
					],
					"text": "Voicing",
					"presentation": 1,
					"presentation_rect": [
						194.0,
						2.0,
						88.0,
						16.0
					]
				}
			},
			{
				"box": {
					"id": "obj-26",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						596.0,
						560.0,
						60.0,
						20.0
					],
					"text": "Part",
					"presentation": 1,
					"presentation_rect": [
						288.0,
						2.0,
						88.0,
						16.0
					]
				}
			},
			{
				"box": {
					"id": "obj-27",
					"maxclass": "live.menu",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						"float"
					],
					"patching_rect": [
						32.0,
						600.0,
						100.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "style",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Style",
							"parameter_shortname": "Style",
							"parameter_type": 2,
							"parameter_initial_enable": 1,
							"parameter_enum": [
								"house",
								"deep-house",
								"techno",
								"jazz",
								"modal",
								"hip-hop",
								"boom-bap",
								"soul",
								"funk",
								"ambient"
							],
							"parameter_mmax": 9,
							"parameter_initial": [
								0
							]
						}
					},
					"presentation": 1,
					"presentation_rect": [
						6.0,
						18.0,
						88.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-28",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						32.0,
						630.0,
						100.0,
						22.0
					],
					"text": "prepend style"
				}
			},
			{
				"box": {
					"id": "obj-29",
					"maxclass": "live.menu",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						"float"
					],
					"patching_rect": [
						220.0,
						600.0,
						100.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "key",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Key",
							"parameter_shortname": "Key",
							"parameter_type": 2,
							"parameter_initial_enable": 1,
							"parameter_enum": [
								"1A",
								"1B",
								"2A",
								"2B",
								"3A",
								"3B",
								"4A",
								"4B",
								"5A",
								"5B",
								"6A",
								"6B",
								"7A",
								"7B",
								"8A",
								"8B",
								"9A",
								"9B",
								"10A",
								"10B",
								"11A",
								"11B",
								"12A",
								"12B"
							],
							"parameter_mmax": 23,
							"parameter_initial": [
								19
							]
						}
					},
					"presentation": 1,
					"presentation_rect": [
						100.0,
						18.0,
						88.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-30",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						220.0,
						630.0,
						100.0,
						22.0
					],
					"text": "prepend key"
				}
			},
			{
				"box": {
					"id": "obj-31",
					"maxclass": "live.menu",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						"float"
					],
					"patching_rect": [
						408.0,
						600.0,
						100.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "voicing",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Voicing",
							"parameter_shortname": "Voicing",
							"parameter_type": 2,
							"parameter_initial_enable": 1,
							"parameter_enum": [
								"stabs",
								"pads",
								"spread",
								"shell",
								"rootless"
							],
							"parameter_mmax": 4,
							"parameter_initial": [
								0
							]
						}
					},
					"presentation": 1,
					"presentation_rect": [
						194.0,
						18.0,
						88.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-32",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						408.0,
						630.0,
						100.0,
						22.0
					],
					"text": "prepend voicing"
				}
			},
			{
				"box": {
					"id": "obj-33",
					"maxclass": "live.menu",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						"float"
					],
					"patching_rect": [
						596.0,
						600.0,
						100.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "part",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Part",
							"parameter_shortname": "Part",
							"parameter_type": 2,
							"parameter_initial_enable": 1,
							"parameter_enum": [
								"chords",
								"bass",
								"arp",
								"drums"
							],
							"parameter_mmax": 3,
							"parameter_initial": [
								0
							]
						}
					},
					"presentation": 1,
					"presentation_rect": [
						288.0,
						18.0,
						88.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-34",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						596.0,
						630.0,
						100.0,
						22.0
					],
					"text": "prepend part"
				}
			},
			{
				"box": {
					"id": "obj-35",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						700.0,
						560.0,
						40.0,
						20.0
					],
					"text": "Bars",
					"presentation": 1,
					"presentation_rect": [
						382.0,
						2.0,
						60.0,
						16.0
					]
				}
			},
			{
				"box": {
					"id": "obj-36",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						760.0,
						560.0,
						40.0,
						20.0
					],
					"text": "Seed",
					"presentation": 1,
					"presentation_rect": [
						446.0,
						2.0,
						60.0,
						16.0
					]
				}
			},
			{
				"box": {
					"id": "obj-37",
					"maxclass": "live.numbox",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"float"
					],
					"patching_rect": [
						1082.0,
						618.0,
						44.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "bars",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Bars",
							"parameter_shortname": "Bars",
							"parameter_type": 1,
							"parameter_initial_enable": 1,
							"parameter_mmin": 1,
							"parameter_mmax": 64,
							"parameter_initial": [
								8
							],
							"parameter_unitstyle": 0
						}
					},
					"presentation": 1,
					"presentation_rect": [
						382.0,
						18.0,
						60.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-38",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1082.0,
						648.0,
						90.0,
						22.0
					],
					"text": "prepend bars"
				}
			},
			{
				"box": {
					"id": "obj-39",
					"maxclass": "live.numbox",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"float"
					],
					"patching_rect": [
						1146.0,
						618.0,
						44.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "seed",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Seed",
							"parameter_shortname": "Seed",
							"parameter_type": 1,
							"parameter_initial_enable": 1,
							"parameter_mmin": 0,
							"parameter_mmax": 9999,
							"parameter_initial": [
								0
							],
							"parameter_unitstyle": 0
						}
					},
					"presentation": 1,
					"presentation_rect": [
						446.0,
						18.0,
						60.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-40",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1146.0,
						648.0,
						90.0,
						22.0
					],
					"text": "prepend seed"
				}
			},
			{
				"box": {
					"id": "obj-41",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"float"
					],
					"patching_rect": [
						32.0,
						800.0,
						44.0,
						48.0
					],
					"parameter_enable": 1,
					"varname": "density",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Density",
							"parameter_shortname": "Density",
							"parameter_type": 0,
							"parameter_initial_enable": 1,
							"parameter_mmin": 0,
							"parameter_mmax": 100,
							"parameter_initial": [
								50
							],
							"parameter_unitstyle": 5
						}
					},
					"presentation": 1,
					"presentation_rect": [
						6.0,
						40.0,
						56.0,
						48.0
					]
				}
			},
			{
				"box": {
					"id": "obj-42",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						32.0,
						860.0,
						90.0,
						22.0
					],
					"text": "prepend density"
				}
			},
			{
				"box": {
					"id": "obj-43",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"float"
					],
					"patching_rect": [
						160.0,
						800.0,
						44.0,
						48.0
					],
					"parameter_enable": 1,
					"varname": "swing",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Swing",
							"parameter_shortname": "Swing",
							"parameter_type": 0,
							"parameter_initial_enable": 1,
							"parameter_mmin": 50,
							"parameter_mmax": 75,
							"parameter_initial": [
								50
							],
							"parameter_unitstyle": 5
						}
					},
					"presentation": 1,
					"presentation_rect": [
						70.0,
						40.0,
						56.0,
						48.0
					]
				}
			},
			{
				"box": {
					"id": "obj-44",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						160.0,
						860.0,
						90.0,
						22.0
					],
					"text": "prepend swing"
				}
			},
			{
				"box": {
					"id": "obj-45",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"float"
					],
					"patching_rect": [
						288.0,
						800.0,
						44.0,
						48.0
					],
					"parameter_enable": 1,
					"varname": "timing",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Timing",
							"parameter_shortname": "Timing",
							"parameter_type": 0,
							"parameter_initial_enable": 1,
							"parameter_mmin": 0,
							"parameter_mmax": 100,
							"parameter_initial": [
								0
							],
							"parameter_unitstyle": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						134.0,
						40.0,
						56.0,
						48.0
					]
				}
			},
			{
				"box": {
					"id": "obj-46",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						288.0,
						860.0,
						90.0,
						22.0
					],
					"text": "prepend timing"
				}
			},
			{
				"box": {
					"id": "obj-47",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"float"
					],
					"patching_rect": [
						416.0,
						800.0,
						44.0,
						48.0
					],
					"parameter_enable": 1,
					"varname": "velocity",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Velocity",
							"parameter_shortname": "Velocity",
							"parameter_type": 1,
							"parameter_initial_enable": 1,
							"parameter_mmin": 0,
							"parameter_mmax": 64,
							"parameter_initial": [
								0
							],
							"parameter_unitstyle": 0
						}
					},
					"presentation": 1,
					"presentation_rect": [
						198.0,
						40.0,
						56.0,
						48.0
					]
				}
			},
			{
				"box": {
					"id": "obj-48",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						416.0,
						860.0,
						90.0,
						22.0
					],
					"text": "prepend velocity"
				}
			},
			{
				"box": {
					"id": "obj-49",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						32.0,
						950.0,
						64.0,
						20.0
					],
					"text": "Generate",
					"parameter_enable": 1,
					"varname": "generate",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Generate",
							"parameter_shortname": "Generate",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						6.0,
						100.0,
						64.0,
						20.0
					],
					"mode": 0,
					"texton": "Generate"
				}
			},
			{
				"box": {
					"id": "obj-51",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						32.0,
						1010.0,
						60.0,
						22.0
					],
					"text": "generate"
				}
			},
			{
				"box": {
					"id": "obj-52",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						172.0,
						950.0,
						64.0,
						20.0
					],
					"text": "Write",
					"parameter_enable": 1,
					"varname": "write",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Write",
							"parameter_shortname": "Write",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						76.0,
						100.0,
						64.0,
						20.0
					],
					"mode": 0,
					"texton": "Write"
				}
			},
			{
				"box": {
					"id": "obj-54",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						172.0,
						1010.0,
						60.0,
						22.0
					],
					"text": "write"
				}
			},
			{
				"box": {
					"id": "obj-55",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						312.0,
						950.0,
						64.0,
						20.0
					],
					"text": "Play",
					"parameter_enable": 1,
					"varname": "play",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Play",
							"parameter_shortname": "Play",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						146.0,
						100.0,
						64.0,
						20.0
					],
					"mode": 1,
					"texton": "Play"
				}
			},
			{
				"box": {
					"id": "obj-56",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"outlettype": [
						"bang",
						"bang",
						""
					],
					"patching_rect": [
						312.0,
						980.0,
						60.0,
						22.0
					],
					"text": "sel 1 0"
				}
			},
			{
				"box": {
					"id": "obj-57",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						312.0,
						1010.0,
						40.0,
						22.0
					],
					"text": "play"
				}
			},
			{
				"box": {
					"id": "obj-58",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						372.0,
						1010.0,
						40.0,
						22.0
					],
					"text": "stop"
				}
			},
			{
				"box": {
					"id": "obj-59",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						452.0,
						950.0,
						64.0,
						20.0
					],
					"text": "Humanize",
					"parameter_enable": 1,
					"varname": "humanize",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Humanize",
							"parameter_shortname": "Humanize",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						216.0,
						100.0,
						64.0,
						20.0
					],
					"mode": 0,
					"texton": "Humanize"
				}
			},
			{
				"box": {
					"id": "obj-61",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						452.0,
						1010.0,
						60.0,
						22.0
					],
					"text": "humanize"
				}
			},
			{
				"box": {
					"id": "obj-62",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						592.0,
						950.0,
						70.0,
						20.0
					],
					"text": "Through",
					"parameter_enable": 1,
					"varname": "humanize_through",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Humanize Through",
							"parameter_shortname": "Humanize Through",
							"parameter_type": 2,
							"parameter_initial_enable": 1,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_initial": [
								0
							]
						}
					},
					"presentation": 1,
					"presentation_rect": [
						286.0,
						100.0,
						70.0,
						20.0
					],
					"mode": 1,
					"texton": "Through"
				}
			},
			{
				"box": {
					"id": "obj-63",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"outlettype": [
						"bang",
						"bang",
						""
					],
					"patching_rect": [
						592.0,
						980.0,
						60.0,
						22.0
					],
					"text": "sel 1 0"
				}
			},
			{
				"box": {
					"id": "obj-64",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						592.0,
						1010.0,
						40.0,
						22.0
					],
					"text": "through 1"
				}
			},
			{
				"box": {
					"id": "obj-65",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						652.0,
						1010.0,
						40.0,
						22.0
					],
					"text": "through 0"
				}
			},
			{
				"box": {
					"id": "obj-66",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						4.0,
						340.0,
						40.0,
						22.0
					],
					"text": "gate 1 1"
				}
			},
			{
				"box": {
					"id": "obj-80",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						""
					],
					"patching_rect": [
						600.0,
						220.0,
						60.0,
						22.0
					],
					"text": "t b b b"
				}
			},
			{
				"box": {
					"id": "obj-67",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						""
					],
					"patching_rect": [
						700.0,
						250.0,
						220.0,
						22.0
					],
					"text": "live.path this_device canonical_parent"
				}
			},
			{
				"box": {
					"id": "obj-68",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						700.0,
						280.0,
						120.0,
						22.0
					],
					"text": "live.observer name"
				}
			},
			{
				"box": {
					"id": "obj-69",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700.0,
						310.0,
						120.0,
						22.0
					],
					"text": "prepend trackname"
				}
			},
			{
				"box": {
					"id": "obj-71",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						940.0,
						250.0,
						200.0,
						22.0
					],
					"text": "metro 16n @active 1 @quantize 16n"
				}
			},
			{
				"box": {
					"id": "obj-72",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						940.0,
						280.0,
						40.0,
						22.0
					],
					"text": "when"
				}
			},
			{
				"box": {
					"id": "obj-73",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						980.0,
						310.0,
						80.0,
						22.0
					],
					"text": "prepend tick"
				}
			},
			{
				"box": {
					"id": "obj-75",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						200.0,
						510.0,
						100.0,
						22.0
					],
					"text": "prepend answer"
				}
			},
			{
				"box": {
					"id": "obj-76",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						60.0,
						480.0,
						100.0,
						22.0
					],
					"text": "prepend target"
				}
			},
			{
				"box": {
					"id": "obj-74",
					"maxclass": "live.numbox",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"float"
					],
					"patching_rect": [
						1200.0,
						300.0,
						60.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "device_id",
					"ignoreclick": 1,
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Device Id",
							"parameter_shortname": "Id",
							"parameter_type": 1,
							"parameter_invisible": 1,
							"parameter_initial_enable": 1,
							"parameter_mmin": 0,
							"parameter_mmax": 9999999,
							"parameter_initial": [
								0
							],
							"parameter_unitstyle": 0
						}
					},
					"presentation": 1,
					"presentation_rect": [
						500.0,
						132.0,
						54.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-81",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1200.0,
						330.0,
						100.0,
						22.0
					],
					"text": "prepend deviceid"
				}
			},
			{
				"box": {
					"id": "obj-82",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1200.0,
						270.0,
						70.0,
						22.0
					],
					"text": "set $1"
				}
			},
			{
				"box": {
					"id": "obj-101",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1400.0,
						20.0,
						400.0,
						20.0
					],
					"text": "Clips in Live: transform the highlighted clip, fit a part to it, write to the arrangement; suggestions"
				}
			},
			{
				"box": {
					"id": "obj-102",
					"maxclass": "live.menu",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						"float"
					],
					"patching_rect": [
						1400.0,
						60.0,
						100.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "transform",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Transform",
							"parameter_shortname": "Transform",
							"parameter_type": 2,
							"parameter_initial_enable": 1,
							"parameter_enum": [
								"strum",
								"legato",
								"quantize",
								"velocity",
								"ornament",
								"recombine",
								"connect",
								"transpose"
							],
							"parameter_mmax": 7,
							"parameter_initial": [
								0
							]
						}
					},
					"presentation": 1,
					"presentation_rect": [
						262.0,
						40.0,
						84.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-103",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1400.0,
						90,
						120.0,
						22.0
					],
					"text": "prepend transformpick"
				}
			},
			{
				"box": {
					"id": "obj-104",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1540.0,
						60,
						48.0,
						16.0
					],
					"text": "Apply",
					"parameter_enable": 1,
					"varname": "apply",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Apply",
							"parameter_shortname": "Apply",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						350.0,
						40.0,
						48.0,
						16.0
					],
					"mode": 0,
					"texton": "Apply"
				}
			},
			{
				"box": {
					"id": "obj-105",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1540.0,
						90,
						90.0,
						22.0
					],
					"text": "apply"
				}
			},
			{
				"box": {
					"id": "obj-106",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1630.0,
						60,
						48.0,
						16.0
					],
					"text": "Fit to",
					"parameter_enable": 1,
					"varname": "fit",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Fit To",
							"parameter_shortname": "Fit to",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						402.0,
						40.0,
						48.0,
						16.0
					],
					"mode": 0,
					"texton": "Fit to"
				}
			},
			{
				"box": {
					"id": "obj-107",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1630.0,
						90,
						90.0,
						22.0
					],
					"text": "fit"
				}
			},
			{
				"box": {
					"id": "obj-108",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1720.0,
						60,
						52.0,
						16.0
					],
					"text": "Suggest",
					"parameter_enable": 1,
					"varname": "suggest",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Suggest",
							"parameter_shortname": "Suggest",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						454.0,
						40.0,
						52.0,
						16.0
					],
					"mode": 0,
					"texton": "Suggest"
				}
			},
			{
				"box": {
					"id": "obj-109",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1720.0,
						90,
						90.0,
						22.0
					],
					"text": "suggest"
				}
			},
			{
				"box": {
					"id": "obj-110",
					"maxclass": "live.numbox",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"float"
					],
					"patching_rect": [
						1400.0,
						140.0,
						44.0,
						15.0
					],
					"parameter_enable": 1,
					"varname": "arrangementbar",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Arrangement Bar",
							"parameter_shortname": "Bar",
							"parameter_type": 1,
							"parameter_initial_enable": 1,
							"parameter_mmin": 1,
							"parameter_mmax": 999,
							"parameter_initial": [
								1
							],
							"parameter_unitstyle": 0
						}
					},
					"presentation": 1,
					"presentation_rect": [
						6.0,
						126.0,
						40.0,
						15.0
					]
				}
			},
			{
				"box": {
					"id": "obj-111",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1400.0,
						170,
						120.0,
						22.0
					],
					"text": "prepend arrangementbar"
				}
			},
			{
				"box": {
					"id": "obj-112",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1540.0,
						140,
						96.0,
						16.0
					],
					"text": "To arrangement",
					"parameter_enable": 1,
					"varname": "arrange",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "To Arrangement",
							"parameter_shortname": "To arran",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						50.0,
						125.0,
						96.0,
						16.0
					],
					"mode": 0,
					"texton": "To arrangement"
				}
			},
			{
				"box": {
					"id": "obj-113",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1540.0,
						170,
						90.0,
						22.0
					],
					"text": "arrange"
				}
			},
			{
				"box": {
					"id": "obj-114",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1400.0,
						220,
						240.0,
						20.0
					],
					"text": "",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [
						262.0,
						60.0,
						238.0,
						12.0
					],
					"varname": "suggestion-114"
				}
			},
			{
				"box": {
					"id": "obj-117",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1660.0,
						220,
						50.0,
						12.0
					],
					"text": "Do",
					"parameter_enable": 1,
					"varname": "suggestion1",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Suggestion 1",
							"parameter_shortname": "Do",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						504.0,
						59.0,
						50.0,
						12.0
					],
					"mode": 0,
					"texton": "Do"
				}
			},
			{
				"box": {
					"id": "obj-120",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1730.0,
						220,
						90.0,
						22.0
					],
					"text": "suggestion 1"
				}
			},
			{
				"box": {
					"id": "obj-115",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1400.0,
						250,
						240.0,
						20.0
					],
					"text": "",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [
						262.0,
						73.0,
						238.0,
						12.0
					],
					"varname": "suggestion-115"
				}
			},
			{
				"box": {
					"id": "obj-118",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1660.0,
						250,
						50.0,
						12.0
					],
					"text": "Do",
					"parameter_enable": 1,
					"varname": "suggestion2",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Suggestion 2",
							"parameter_shortname": "Do",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						504.0,
						72.0,
						50.0,
						12.0
					],
					"mode": 0,
					"texton": "Do"
				}
			},
			{
				"box": {
					"id": "obj-121",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1730.0,
						250,
						90.0,
						22.0
					],
					"text": "suggestion 2"
				}
			},
			{
				"box": {
					"id": "obj-116",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1400.0,
						280,
						240.0,
						20.0
					],
					"text": "",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [
						262.0,
						86.0,
						238.0,
						12.0
					],
					"varname": "suggestion-116"
				}
			},
			{
				"box": {
					"id": "obj-119",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1660.0,
						280,
						50.0,
						12.0
					],
					"text": "Do",
					"parameter_enable": 1,
					"varname": "suggestion3",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Suggestion 3",
							"parameter_shortname": "Do",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						504.0,
						85.0,
						50.0,
						12.0
					],
					"mode": 0,
					"texton": "Do"
				}
			},
			{
				"box": {
					"id": "obj-122",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1730.0,
						280,
						90.0,
						22.0
					],
					"text": "suggestion 3"
				}
			},
			{
				"box": {
					"id": "obj-123",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"bang",
						"int",
						"int"
					],
					"patching_rect": [
						1400.0,
						330.0,
						90.0,
						22.0
					],
					"text": "live.thisdevice"
				}
			},
			{
				"box": {
					"id": "obj-124",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						""
					],
					"patching_rect": [
						1400.0,
						360,
						140,
						22.0
					],
					"text": "live.path live_set view"
				}
			},
			{
				"box": {
					"id": "obj-125",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1400.0,
						390,
						200,
						22.0
					],
					"text": "live.observer highlighted_clip_slot"
				}
			},
			{
				"box": {
					"id": "obj-126",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1400.0,
						420,
						120.0,
						22.0
					],
					"text": "prepend highlighted"
				}
			},
			{
				"box": {
					"id": "obj-127",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1640.0,
						140.0,
						96.0,
						16.0
					],
					"text": "Clip to arr.",
					"parameter_enable": 1,
					"varname": "arrangeclip",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Clip To Arrangement",
							"parameter_shortname": "Clip arr",
							"parameter_type": 2,
							"parameter_initial_enable": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_invisible": 2
						}
					},
					"presentation": 1,
					"presentation_rect": [
						150.0,
						125.0,
						80.0,
						16.0
					],
					"mode": 0,
					"texton": "Clip to arr."
				}
			},
			{
				"box": {
					"id": "obj-128",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1640.0,
						170.0,
						90.0,
						22.0
					],
					"text": "arrangeclip"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"destination": [
						"obj-2",
						1
					],
					"source": [
						"obj-1",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-3",
						0
					],
					"source": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-4",
						0
					],
					"source": [
						"obj-3",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-7",
						1
					],
					"source": [
						"obj-6",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-8",
						0
					],
					"source": [
						"obj-7",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-9",
						1
					],
					"source": [
						"obj-6",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-10",
						0
					],
					"source": [
						"obj-9",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-10",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						1
					],
					"source": [
						"obj-6",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-12",
						0
					],
					"source": [
						"obj-11",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-12",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-16",
						0
					],
					"source": [
						"obj-2",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
						1
					],
					"source": [
						"obj-16",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
						0
					],
					"source": [
						"obj-2",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-18",
						0
					],
					"source": [
						"obj-2",
						3
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-19",
						0
					],
					"source": [
						"obj-18",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
						0
					],
					"source": [
						"obj-19",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-20",
						0
					],
					"source": [
						"obj-2",
						4
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-21",
						0
					],
					"source": [
						"obj-2",
						5
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-22",
						0
					],
					"source": [
						"obj-21",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-28",
						0
					],
					"source": [
						"obj-27",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-28",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-30",
						0
					],
					"source": [
						"obj-29",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-30",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-32",
						0
					],
					"source": [
						"obj-31",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-32",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-34",
						0
					],
					"source": [
						"obj-33",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-34",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-38",
						0
					],
					"source": [
						"obj-37",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-38",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-40",
						0
					],
					"source": [
						"obj-39",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-42",
						0
					],
					"source": [
						"obj-41",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-42",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-44",
						0
					],
					"source": [
						"obj-43",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-44",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-46",
						0
					],
					"source": [
						"obj-45",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-46",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-48",
						0
					],
					"source": [
						"obj-47",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-48",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-51",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-54",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-56",
						0
					],
					"source": [
						"obj-55",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-57",
						0
					],
					"source": [
						"obj-56",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-58",
						0
					],
					"source": [
						"obj-56",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-57",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-58",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-61",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-63",
						0
					],
					"source": [
						"obj-62",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-64",
						0
					],
					"source": [
						"obj-63",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-65",
						0
					],
					"source": [
						"obj-63",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-64",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-65",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-51",
						0
					],
					"source": [
						"obj-49",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-54",
						0
					],
					"source": [
						"obj-52",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-61",
						0
					],
					"source": [
						"obj-59",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-66",
						1
					],
					"source": [
						"obj-1",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-4",
						0
					],
					"source": [
						"obj-66",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-66",
						0
					],
					"source": [
						"obj-2",
						6
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-80",
						0
					],
					"source": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-6",
						0
					],
					"source": [
						"obj-80",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-80",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-67",
						0
					],
					"source": [
						"obj-80",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-68",
						1
					],
					"source": [
						"obj-67",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-69",
						0
					],
					"source": [
						"obj-68",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-69",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-72",
						0
					],
					"source": [
						"obj-71",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-73",
						0
					],
					"source": [
						"obj-72",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-73",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-75",
						0
					],
					"source": [
						"obj-17",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-75",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-76",
						0
					],
					"source": [
						"obj-16",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-76",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-81",
						0
					],
					"source": [
						"obj-74",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-2",
						0
					],
					"source": [
						"obj-81",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-82",
						0
					],
					"source": [
						"obj-2",
						7
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-74",
						0
					],
					"source": [
						"obj-82",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-102",
						0
					],
					"destination": [
						"obj-103",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-103",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-104",
						0
					],
					"destination": [
						"obj-105",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-105",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-106",
						0
					],
					"destination": [
						"obj-107",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-107",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-108",
						0
					],
					"destination": [
						"obj-109",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-109",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-110",
						0
					],
					"destination": [
						"obj-111",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-111",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-112",
						0
					],
					"destination": [
						"obj-113",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-113",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-2",
						8
					],
					"destination": [
						"obj-114",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-117",
						0
					],
					"destination": [
						"obj-120",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-120",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-2",
						9
					],
					"destination": [
						"obj-115",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-118",
						0
					],
					"destination": [
						"obj-121",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-121",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-2",
						10
					],
					"destination": [
						"obj-116",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-119",
						0
					],
					"destination": [
						"obj-122",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-122",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-123",
						0
					],
					"destination": [
						"obj-124",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-124",
						0
					],
					"destination": [
						"obj-125",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-125",
						0
					],
					"destination": [
						"obj-126",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-126",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-127",
						0
					],
					"destination": [
						"obj-128",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-128",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			}
		],
		"parameters": {
			"obj-27": [
				"Style",
				"Style",
				0
			],
			"obj-29": [
				"Key",
				"Key",
				0
			],
			"obj-31": [
				"Voicing",
				"Voicing",
				0
			],
			"obj-33": [
				"Part",
				"Part",
				0
			],
			"obj-37": [
				"Bars",
				"Bars",
				0
			],
			"obj-39": [
				"Seed",
				"Seed",
				0
			],
			"obj-41": [
				"Density",
				"Density",
				0
			],
			"obj-43": [
				"Swing",
				"Swing",
				0
			],
			"obj-45": [
				"Timing",
				"Timing",
				0
			],
			"obj-47": [
				"Velocity",
				"Velocity",
				0
			],
			"obj-49": [
				"Generate",
				"Generate",
				0
			],
			"obj-52": [
				"Write",
				"Write",
				0
			],
			"obj-55": [
				"Play",
				"Play",
				0
			],
			"obj-59": [
				"Humanize",
				"Humanize",
				0
			],
			"obj-62": [
				"Humanize Through",
				"Humanize Through",
				0
			],
			"inherited_shortname": 1,
			"obj-74": [
				"Device Id",
				"Id",
				0
			],
			"obj-102": [
				"Transform",
				"Transform",
				0
			],
			"obj-104": [
				"Apply",
				"Apply",
				0
			],
			"obj-106": [
				"Fit To",
				"Fit to",
				0
			],
			"obj-108": [
				"Suggest",
				"Suggest",
				0
			],
			"obj-110": [
				"Arrangement Bar",
				"Bar",
				0
			],
			"obj-112": [
				"To Arrangement",
				"To arran",
				0
			],
			"obj-117": [
				"Suggestion 1",
				"Do",
				0
			],
			"obj-118": [
				"Suggestion 2",
				"Do",
				0
			],
			"obj-119": [
				"Suggestion 3",
				"Do",
				0
			],
			"obj-127": [
				"Clip To Arrangement",
				"Clip arr",
				0
			]
		},
		"dependency_cache": [],
		"latency": 0,
		"is_mpe": 0,
		"minimum_live_version": "",
		"minimum_max_version": "",
		"platform_compatibility": 0,
		"project": {
			"version": 1,
			"creationdate": 3590052493,
			"modificationdate": 3590052493,
			"viewrect": [
				0.0,
				0.0,
				300.0,
				500.0
			],
			"autoorganize": 1,
			"hideprojectwindow": 1,
			"showdependencies": 1,
			"autolocalize": 0,
			"contents": {
				"patchers": {}
			},
			"layout": {},
			"searchpath": {},
			"detailsvisible": 0,
			"amxdtype": 1835887981,
			"readonly": 0,
			"devpathtype": 0,
			"devpath": ".",
			"sortmode": 0,
			"viewmode": 0,
			"includepackages": 0
		},
		"autosave": 0
	}
}
