	.text
	.intel_syntax noprefix
	.file	"switches.c"
	.globl	days_in_month                   # -- Begin function days_in_month
	.type	days_in_month,@function
days_in_month:                          # @days_in_month
# %bb.0:
	cmp	edi, 12
	ja	.LBB0_5
# %bb.1:
	mov	eax, 31
	mov	ecx, 5546
	bt	ecx, edi
	jae	.LBB0_2
# %bb.6:
	ret
.LBB0_2:
	mov	eax, 2640
	bt	eax, edi
	jae	.LBB0_3
# %bb.7:
	mov	eax, 30
	ret
.LBB0_3:
	cmp	edi, 2
	jne	.LBB0_5
# %bb.4:
	cmp	esi, 1
	mov	eax, 29
	sbb	eax, 0
	ret
.LBB0_5:
	mov	eax, -1
	ret
.Lfunc_end0:
	.size	days_in_month, .Lfunc_end0-days_in_month
                                        # -- End function
	.globl	opcode_cost                     # -- Begin function opcode_cost
	.type	opcode_cost,@function
opcode_cost:                            # @opcode_cost
# %bb.0:
	xor	eax, eax
	cmp	edi, 9
	ja	.LBB1_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + .Lswitch.table.opcode_cost]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB1_2:
	ret
.Lfunc_end1:
	.size	opcode_cost, .Lfunc_end1-opcode_cost
                                        # -- End function
	.globl	apply_op                        # -- Begin function apply_op
	.type	apply_op,@function
apply_op:                               # @apply_op
# %bb.0:
	cmp	edi, 9
	ja	.LBB2_1
# %bb.2:
	mov	rcx, rdx
	mov	eax, edi
	lea	rdx, [rip + .LJTI2_0]
	movsxd	rax, dword ptr [rdx + 4*rax]
	add	rax, rdx
	jmp	rax
.LBB2_3:
	add	rcx, rsi
	jmp	.LBB2_17
.LBB2_1:
	mov	rcx, -1
	jmp	.LBB2_17
.LBB2_4:
	sub	rsi, rcx
	jmp	.LBB2_16
.LBB2_5:
	imul	rcx, rsi
	jmp	.LBB2_17
.LBB2_6:
	test	rcx, rcx
	je	.LBB2_7
# %bb.8:
	mov	rax, rsi
	cqo
	idiv	rcx
	mov	rcx, rax
	jmp	.LBB2_17
.LBB2_9:
	test	rcx, rcx
	je	.LBB2_7
# %bb.10:
	mov	rax, rsi
	cqo
	idiv	rcx
	mov	rcx, rdx
	jmp	.LBB2_17
.LBB2_11:
	and	rcx, rsi
	jmp	.LBB2_17
.LBB2_12:
	or	rcx, rsi
	jmp	.LBB2_17
.LBB2_13:
	xor	rcx, rsi
	jmp	.LBB2_17
.LBB2_14:
                                        # kill: def $cl killed $cl killed $rcx
	shl	rsi, cl
	jmp	.LBB2_16
.LBB2_15:
                                        # kill: def $cl killed $cl killed $rcx
	sar	rsi, cl
.LBB2_16:
	mov	rcx, rsi
	jmp	.LBB2_17
.LBB2_7:
	xor	ecx, ecx
.LBB2_17:
	mov	rax, rcx
	ret
.Lfunc_end2:
	.size	apply_op, .Lfunc_end2-apply_op
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI2_0:
	.long	.LBB2_3-.LJTI2_0
	.long	.LBB2_4-.LJTI2_0
	.long	.LBB2_5-.LJTI2_0
	.long	.LBB2_6-.LJTI2_0
	.long	.LBB2_9-.LJTI2_0
	.long	.LBB2_11-.LJTI2_0
	.long	.LBB2_12-.LJTI2_0
	.long	.LBB2_13-.LJTI2_0
	.long	.LBB2_14-.LJTI2_0
	.long	.LBB2_15-.LJTI2_0
                                        # -- End function
	.text
	.globl	char_class                      # -- Begin function char_class
	.type	char_class,@function
char_class:                             # @char_class
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	lea	ecx, [rdi - 9]
	cmp	ecx, 48
	ja	.LBB3_1
# %bb.8:
	mov	eax, 1
	lea	rdx, [rip + .LJTI3_0]
	movsxd	rcx, dword ptr [rdx + 4*rcx]
	add	rcx, rdx
	jmp	rcx
.LBB3_4:
	mov	eax, 2
	ret
.LBB3_5:
	mov	eax, 3
	ret
.LBB3_1:
	add	edi, -91
	cmp	edi, 34
	ja	.LBB3_6
# %bb.2:
	movabs	rax, 21474836485
	bt	rax, rdi
	jae	.LBB3_6
.LBB3_3:
	mov	eax, 4
	ret
.LBB3_6:
	xor	eax, eax
.LBB3_7:
	ret
.Lfunc_end3:
	.size	char_class, .Lfunc_end3-char_class
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI3_0:
	.long	.LBB3_7-.LJTI3_0
	.long	.LBB3_7-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_7-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_7-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
                                        # -- End function
	.text
	.globl	http_status_class               # -- Begin function http_status_class
	.type	http_status_class,@function
http_status_class:                      # @http_status_class
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	cmp	edi, 399
	jg	.LBB4_9
# %bb.1:
	cmp	edi, 300
	jg	.LBB4_5
# %bb.2:
	add	edi, -200
	cmp	edi, 4
	ja	.LBB4_4
# %bb.3:
	mov	eax, 1
	mov	ecx, 19
	bt	ecx, edi
	jae	.LBB4_4
# %bb.14:
	ret
.LBB4_9:
	lea	eax, [rdi - 400]
	cmp	eax, 4
	ja	.LBB4_10
# %bb.15:
	lea	rcx, [rip + .LJTI4_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB4_13:
	mov	eax, 3
	ret
.LBB4_5:
	cmp	edi, 301
	je	.LBB4_8
# %bb.6:
	cmp	edi, 302
	je	.LBB4_8
# %bb.7:
	cmp	edi, 304
	jne	.LBB4_4
.LBB4_8:
	mov	eax, 2
	ret
.LBB4_10:
	cmp	edi, 500
	je	.LBB4_12
# %bb.11:
	cmp	edi, 503
	jne	.LBB4_4
.LBB4_12:
	mov	eax, 4
	ret
.LBB4_4:
	xor	eax, eax
	ret
.Lfunc_end4:
	.size	http_status_class, .Lfunc_end4-http_status_class
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI4_0:
	.long	.LBB4_13-.LJTI4_0
	.long	.LBB4_13-.LJTI4_0
	.long	.LBB4_4-.LJTI4_0
	.long	.LBB4_13-.LJTI4_0
	.long	.LBB4_13-.LJTI4_0
                                        # -- End function
	.text
	.globl	roman_value                     # -- Begin function roman_value
	.type	roman_value,@function
roman_value:                            # @roman_value
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	lea	ecx, [rdi - 67]
	cmp	ecx, 10
	ja	.LBB5_1
# %bb.11:
	mov	eax, 1
	lea	rdx, [rip + .LJTI5_0]
	movsxd	rcx, dword ptr [rdx + 4*rcx]
	add	rcx, rdx
	jmp	rcx
.LBB5_6:
	mov	eax, 100
	ret
.LBB5_1:
	cmp	edi, 88
	je	.LBB5_4
# %bb.2:
	cmp	edi, 86
	jne	.LBB5_9
# %bb.3:
	mov	eax, 5
	ret
.LBB5_9:
	xor	eax, eax
.LBB5_10:
	ret
.LBB5_7:
	mov	eax, 500
	ret
.LBB5_5:
	mov	eax, 50
	ret
.LBB5_8:
	mov	eax, 1000
	ret
.LBB5_4:
	mov	eax, 10
	ret
.Lfunc_end5:
	.size	roman_value, .Lfunc_end5-roman_value
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI5_0:
	.long	.LBB5_6-.LJTI5_0
	.long	.LBB5_7-.LJTI5_0
	.long	.LBB5_9-.LJTI5_0
	.long	.LBB5_9-.LJTI5_0
	.long	.LBB5_9-.LJTI5_0
	.long	.LBB5_9-.LJTI5_0
	.long	.LBB5_10-.LJTI5_0
	.long	.LBB5_9-.LJTI5_0
	.long	.LBB5_9-.LJTI5_0
	.long	.LBB5_5-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
                                        # -- End function
	.text
	.globl	roman_to_int                    # -- Begin function roman_to_int
	.type	roman_to_int,@function
roman_to_int:                           # @roman_to_int
# %bb.0:
	push	rbp
	push	r15
	push	r14
	push	rbx
	push	rax
	mov	r15b, byte ptr [rdi]
	test	r15b, r15b
	je	.LBB6_1
# %bb.2:
	mov	rbx, rdi
	inc	rbx
	xor	r14d, r14d
.LBB6_3:                                # =>This Inner Loop Header: Depth=1
	movsx	edi, r15b
	call	roman_value
	mov	ebp, eax
	movsx	r15d, byte ptr [rbx]
	mov	edi, r15d
	call	roman_value
	mov	ecx, ebp
	neg	ecx
	cmp	ebp, eax
	cmovge	ecx, ebp
	add	r14d, ecx
	inc	rbx
	test	r15d, r15d
	jne	.LBB6_3
	jmp	.LBB6_4
.LBB6_1:
	xor	r14d, r14d
.LBB6_4:
	mov	eax, r14d
	add	rsp, 8
	pop	rbx
	pop	r14
	pop	r15
	pop	rbp
	ret
.Lfunc_end6:
	.size	roman_to_int, .Lfunc_end6-roman_to_int
                                        # -- End function
	.globl	fallthrough_sum                 # -- Begin function fallthrough_sum
	.type	fallthrough_sum,@function
fallthrough_sum:                        # @fallthrough_sum
# %bb.0:
	mov	eax, edi
	lea	edi, [rax - 1]
	cmp	edi, 4
	ja	.LBB7_6
# %bb.1:
	mov	ecx, 3
	mov	esi, 6
	mov	r8d, 10
	lea	rdx, [rip + .LJTI7_0]
	movsxd	rdi, dword ptr [rdx + 4*rdi]
	add	rdi, rdx
	jmp	rdi
.LBB7_2:
	mov	r8d, 15
.LBB7_3:
	mov	esi, r8d
.LBB7_4:
	mov	ecx, esi
.LBB7_5:
	mov	eax, ecx
.LBB7_7:
                                        # kill: def $eax killed $eax killed $rax
	ret
.LBB7_6:
	mov	eax, -1
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end7:
	.size	fallthrough_sum, .Lfunc_end7-fallthrough_sum
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI7_0:
	.long	.LBB7_7-.LJTI7_0
	.long	.LBB7_5-.LJTI7_0
	.long	.LBB7_4-.LJTI7_0
	.long	.LBB7_3-.LJTI7_0
	.long	.LBB7_2-.LJTI7_0
                                        # -- End function
	.text
	.globl	weekday_mask                    # -- Begin function weekday_mask
	.type	weekday_mask,@function
weekday_mask:                           # @weekday_mask
# %bb.0:
	xor	eax, eax
	cmp	edi, 6
	ja	.LBB8_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + .Lswitch.table.weekday_mask]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB8_2:
	ret
.Lfunc_end8:
	.size	weekday_mask, .Lfunc_end8-weekday_mask
                                        # -- End function
	.globl	is_prime_small                  # -- Begin function is_prime_small
	.type	is_prime_small,@function
is_prime_small:                         # @is_prime_small
# %bb.0:
	cmp	edi, 31
	ja	.LBB9_2
# %bb.1:
	mov	eax, 1
	mov	ecx, -1601558356
	bt	ecx, edi
	jae	.LBB9_2
# %bb.3:
	ret
.LBB9_2:
	xor	eax, eax
	ret
.Lfunc_end9:
	.size	is_prime_small, .Lfunc_end9-is_prime_small
                                        # -- End function
	.globl	hex_digit_value                 # -- Begin function hex_digit_value
	.type	hex_digit_value,@function
hex_digit_value:                        # @hex_digit_value
# %bb.0:
	add	edi, -48
	mov	eax, -1
	cmp	edi, 54
	ja	.LBB10_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + .Lswitch.table.hex_digit_value]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB10_2:
	ret
.Lfunc_end10:
	.size	hex_digit_value, .Lfunc_end10-hex_digit_value
                                        # -- End function
	.globl	scale_unit                      # -- Begin function scale_unit
	.type	scale_unit,@function
scale_unit:                             # @scale_unit
# %bb.0:
	mov	rax, rsi
	cmp	edi, 76
	jle	.LBB11_1
# %bb.4:
	cmp	edi, 77
	je	.LBB11_8
# %bb.5:
	cmp	edi, 109
	je	.LBB11_10
# %bb.6:
	cmp	edi, 107
	jne	.LBB11_11
# %bb.7:
	imul	rax, rax, 1000
	ret
.LBB11_1:
	cmp	edi, 71
	je	.LBB11_9
# %bb.2:
	cmp	edi, 75
	jne	.LBB11_11
# %bb.3:
	shl	rax, 10
	ret
.LBB11_8:
	imul	rax, rax, 1000000
	ret
.LBB11_10:
	shl	rax, 20
.LBB11_11:
	ret
.LBB11_9:
	imul	rax, rax, 1000000000
	ret
.Lfunc_end11:
	.size	scale_unit, .Lfunc_end11-scale_unit
                                        # -- End function
	.globl	tokens_cost                     # -- Begin function tokens_cost
	.type	tokens_cost,@function
tokens_cost:                            # @tokens_cost
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB12_1
# %bb.2:
	inc	rdi
	xor	eax, eax
.LBB12_3:                               # =>This Inner Loop Header: Depth=1
	movsx	ecx, cl
	cmp	ecx, 40
	jle	.LBB12_4
# %bb.7:                                #   in Loop: Header=BB12_3 Depth=1
	cmp	ecx, 41
	je	.LBB12_6
# %bb.8:                                #   in Loop: Header=BB12_3 Depth=1
	cmp	ecx, 44
	je	.LBB12_14
# %bb.9:                                #   in Loop: Header=BB12_3 Depth=1
	cmp	ecx, 59
	jne	.LBB12_12
# %bb.10:                               #   in Loop: Header=BB12_3 Depth=1
	add	eax, 5
	jmp	.LBB12_12
.LBB12_4:                               #   in Loop: Header=BB12_3 Depth=1
	cmp	ecx, 34
	je	.LBB12_11
# %bb.5:                                #   in Loop: Header=BB12_3 Depth=1
	cmp	ecx, 40
	jne	.LBB12_12
.LBB12_6:                               #   in Loop: Header=BB12_3 Depth=1
	add	eax, 2
	jmp	.LBB12_12
.LBB12_14:                              #   in Loop: Header=BB12_3 Depth=1
	inc	eax
	jmp	.LBB12_12
.LBB12_11:                              #   in Loop: Header=BB12_3 Depth=1
	add	eax, 3
.LBB12_12:                              #   in Loop: Header=BB12_3 Depth=1
	mov	cl, byte ptr [rdi]
	inc	rdi
	test	cl, cl
	jne	.LBB12_3
# %bb.13:
	ret
.LBB12_1:
	xor	eax, eax
	ret
.Lfunc_end12:
	.size	tokens_cost, .Lfunc_end12-tokens_cost
                                        # -- End function
	.globl	month_from_letters              # -- Begin function month_from_letters
	.type	month_from_letters,@function
month_from_letters:                     # @month_from_letters
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	add	edi, -65
	cmp	edi, 18
	ja	.LBB13_9
# %bb.1:
	mov	eax, 2
	lea	rcx, [rip + .LJTI13_0]
	movsxd	rdi, dword ptr [rcx + 4*rdi]
	add	rdi, rcx
	jmp	rdi
.LBB13_4:
	xor	eax, eax
	cmp	esi, 112
	setne	al
	lea	eax, [4*rax + 4]
	ret
.LBB13_9:
	xor	eax, eax
.LBB13_10:
	ret
.LBB13_8:
	mov	eax, 12
	ret
.LBB13_2:
	xor	ecx, ecx
	cmp	edx, 110
	sete	cl
	xor	ecx, 7
	cmp	esi, 97
	mov	eax, 1
	cmovne	eax, ecx
	ret
.LBB13_3:
	xor	eax, eax
	cmp	edx, 114
	setne	al
	add	eax, eax
	add	eax, 3
	ret
.LBB13_7:
	mov	eax, 11
	ret
.LBB13_6:
	mov	eax, 10
	ret
.LBB13_5:
	mov	eax, 9
	ret
.Lfunc_end13:
	.size	month_from_letters, .Lfunc_end13-month_from_letters
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI13_0:
	.long	.LBB13_4-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_8-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_2-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_3-.LJTI13_0
	.long	.LBB13_7-.LJTI13_0
	.long	.LBB13_6-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_5-.LJTI13_0
                                        # -- End function
	.text
	.globl	grade_points                    # -- Begin function grade_points
	.type	grade_points,@function
grade_points:                           # @grade_points
# %bb.0:
	movsxd	rax, edi
	imul	rax, rax, 1717986919
	mov	rcx, rax
	sar	rcx, 34
	shr	rax, 63
	add	ecx, eax
	add	ecx, -6
	xor	eax, eax
	cmp	ecx, 4
	ja	.LBB14_2
# %bb.1:
	movsxd	rax, ecx
	lea	rcx, [rip + .Lswitch.table.grade_points]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB14_2:
	ret
.Lfunc_end14:
	.size	grade_points, .Lfunc_end14-grade_points
                                        # -- End function
	.globl	shift_by_kind                   # -- Begin function shift_by_kind
	.type	shift_by_kind,@function
shift_by_kind:                          # @shift_by_kind
# %bb.0:
	mov	rax, rsi
                                        # kill: def $edi killed $edi def $rdi
	and	edi, 7
	cmp	edi, 6
	ja	.LBB15_8
# %bb.1:
	lea	rcx, [rip + .LJTI15_0]
	movsxd	rdx, dword ptr [rcx + 4*rdi]
	add	rdx, rcx
	jmp	rdx
.LBB15_2:
	add	rax, rax
	ret
.LBB15_8:
	lea	rax, [rax + 2*rax]
.LBB15_9:
	ret
.LBB15_3:
	shr	rax
	ret
.LBB15_4:
	shl	rax, 8
	ret
.LBB15_5:
	shr	rax, 8
	ret
.LBB15_6:
	not	rax
	ret
.LBB15_7:
	neg	rax
	ret
.Lfunc_end15:
	.size	shift_by_kind, .Lfunc_end15-shift_by_kind
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI15_0:
	.long	.LBB15_9-.LJTI15_0
	.long	.LBB15_2-.LJTI15_0
	.long	.LBB15_3-.LJTI15_0
	.long	.LBB15_4-.LJTI15_0
	.long	.LBB15_5-.LJTI15_0
	.long	.LBB15_6-.LJTI15_0
	.long	.LBB15_7-.LJTI15_0
                                        # -- End function
	.text
	.globl	vowel_index                     # -- Begin function vowel_index
	.type	vowel_index,@function
vowel_index:                            # @vowel_index
# %bb.0:
	add	edi, -97
	ror	edi
	mov	eax, -1
	cmp	edi, 12
	ja	.LBB16_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + .Lswitch.table.vowel_index]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB16_2:
	ret
.Lfunc_end16:
	.size	vowel_index, .Lfunc_end16-vowel_index
                                        # -- End function
	.globl	big_switch                      # -- Begin function big_switch
	.type	big_switch,@function
big_switch:                             # @big_switch
# %bb.0:
	mov	eax, edi
	lea	ecx, [rax - 10]
	cmp	ecx, 17
	ja	.LBB17_2
# %bb.1:
	movsxd	rax, ecx
	lea	rcx, [rip + .Lswitch.table.big_switch]
	mov	eax, dword ptr [rcx + 4*rax]
.LBB17_2:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end17:
	.size	big_switch, .Lfunc_end17-big_switch
                                        # -- End function
	.globl	sparse_switch                   # -- Begin function sparse_switch
	.type	sparse_switch,@function
sparse_switch:                          # @sparse_switch
# %bb.0:
	cmp	rdi, 98
	jg	.LBB18_6
# %bb.1:
	cmp	rdi, -1000000
	je	.LBB18_2
# %bb.3:
	cmp	rdi, -7
	je	.LBB18_10
# %bb.4:
	test	rdi, rdi
	jne	.LBB18_13
# %bb.5:
	mov	eax, 3
	ret
.LBB18_6:
	cmp	rdi, 99
	je	.LBB18_11
# %bb.7:
	cmp	rdi, 4096
	je	.LBB18_12
# %bb.8:
	movabs	rax, 1099511627776
	cmp	rdi, rax
	jne	.LBB18_13
# %bb.9:
	mov	eax, 6
	ret
.LBB18_2:
	mov	eax, 1
	ret
.LBB18_10:
	mov	eax, 2
	ret
.LBB18_11:
	mov	eax, 4
	ret
.LBB18_12:
	mov	eax, 5
	ret
.LBB18_13:
	xor	eax, eax
	ret
.Lfunc_end18:
	.size	sparse_switch, .Lfunc_end18-sparse_switch
                                        # -- End function
	.type	.Lswitch.table.opcode_cost,@object # @switch.table.opcode_cost
	.section	.rodata,"a",@progbits
	.p2align	2
.Lswitch.table.opcode_cost:
	.long	1                               # 0x1
	.long	3                               # 0x3
	.long	3                               # 0x3
	.long	7                               # 0x7
	.long	12                              # 0xc
	.long	2                               # 0x2
	.long	9                               # 0x9
	.long	4                               # 0x4
	.long	4                               # 0x4
	.long	20                              # 0x14
	.size	.Lswitch.table.opcode_cost, 40

	.type	.Lswitch.table.weekday_mask,@object # @switch.table.weekday_mask
	.p2align	2
.Lswitch.table.weekday_mask:
	.long	1                               # 0x1
	.long	2                               # 0x2
	.long	4                               # 0x4
	.long	8                               # 0x8
	.long	16                              # 0x10
	.long	32                              # 0x20
	.long	64                              # 0x40
	.size	.Lswitch.table.weekday_mask, 28

	.type	.Lswitch.table.hex_digit_value,@object # @switch.table.hex_digit_value
	.p2align	2
.Lswitch.table.hex_digit_value:
	.long	0                               # 0x0
	.long	1                               # 0x1
	.long	2                               # 0x2
	.long	3                               # 0x3
	.long	4                               # 0x4
	.long	5                               # 0x5
	.long	6                               # 0x6
	.long	7                               # 0x7
	.long	8                               # 0x8
	.long	9                               # 0x9
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	10                              # 0xa
	.long	11                              # 0xb
	.long	12                              # 0xc
	.long	13                              # 0xd
	.long	14                              # 0xe
	.long	15                              # 0xf
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	10                              # 0xa
	.long	11                              # 0xb
	.long	12                              # 0xc
	.long	13                              # 0xd
	.long	14                              # 0xe
	.long	15                              # 0xf
	.size	.Lswitch.table.hex_digit_value, 220

	.type	.Lswitch.table.grade_points,@object # @switch.table.grade_points
	.p2align	2
.Lswitch.table.grade_points:
	.long	1                               # 0x1
	.long	2                               # 0x2
	.long	3                               # 0x3
	.long	4                               # 0x4
	.long	4                               # 0x4
	.size	.Lswitch.table.grade_points, 20

	.type	.Lswitch.table.vowel_index,@object # @switch.table.vowel_index
	.p2align	2
.Lswitch.table.vowel_index:
	.long	0                               # 0x0
	.long	4294967295                      # 0xffffffff
	.long	1                               # 0x1
	.long	4294967295                      # 0xffffffff
	.long	2                               # 0x2
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	3                               # 0x3
	.long	4294967295                      # 0xffffffff
	.long	4294967295                      # 0xffffffff
	.long	4                               # 0x4
	.long	4294967295                      # 0xffffffff
	.long	5                               # 0x5
	.size	.Lswitch.table.vowel_index, 52

	.type	.Lswitch.table.big_switch,@object # @switch.table.big_switch
	.p2align	2
.Lswitch.table.big_switch:
	.long	3                               # 0x3
	.long	1                               # 0x1
	.long	4                               # 0x4
	.long	1                               # 0x1
	.long	5                               # 0x5
	.long	9                               # 0x9
	.long	2                               # 0x2
	.long	6                               # 0x6
	.long	5                               # 0x5
	.long	3                               # 0x3
	.long	5                               # 0x5
	.long	8                               # 0x8
	.long	9                               # 0x9
	.long	7                               # 0x7
	.long	9                               # 0x9
	.long	3                               # 0x3
	.long	2                               # 0x2
	.long	3                               # 0x3
	.size	.Lswitch.table.big_switch, 72

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
